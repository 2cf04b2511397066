import type { ShareNetwork } from '@forkcast/events';

/** The review's public page, carrying the sharer's referral code. */
export function reviewPublicUrl(publicSiteUrl: string, review: string, referralCode: string): string {
  const url = new URL(`${publicSiteUrl.replace(/\/+$/, '')}/reviews/${encodeURIComponent(review)}`);
  url.searchParams.set('ref', referralCode);
  return url.href;
}

/** That page wrapped in the network's share intent (a link is the page itself). */
export function shareIntentUrl(network: ShareNetwork, pageUrl: string): string {
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
    case 'x':
      return `https://x.com/intent/tweet?url=${encodeURIComponent(pageUrl)}`;
    case 'link':
      return pageUrl;
  }
}
