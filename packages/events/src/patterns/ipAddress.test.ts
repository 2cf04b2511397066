import { describe, expect, it } from 'vitest';
import { ipToHex, parseCidr } from './ipAddress';

describe('ipToHex', () => {
  it('reads IPv4 dotted quads', () => {
    expect(ipToHex('10.0.0.255')).toBe('0A0000FF');
    expect(ipToHex('256.0.0.1')).toBeUndefined();
    expect(ipToHex('010.0.0.1')).toBeUndefined();
    expect(ipToHex('1.2.3')).toBeUndefined();
  });

  it('reads IPv6 in full and compressed forms', () => {
    expect(ipToHex('::1')).toBe('0'.repeat(31) + '1');
    expect(ipToHex('::')).toBe('0'.repeat(32));
    expect(ipToHex('2001:db8::')).toBe(ipToHex('2001:0db8:0:0:0:0:0:0'));
    expect(ipToHex('1:2:3:4:5:6:7::')).toBe(ipToHex('1:2:3:4:5:6:7:0'));
  });

  it('refuses malformed IPv6', () => {
    for (const bad of ['1::2::3', ':1', '1:', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '12345::', 'fe80::1%eth0']) {
      expect(ipToHex(bad)).toBeUndefined();
    }
  });

  it('turns IPv4-mapped IPv6 into IPv4', () => {
    expect(ipToHex('::ffff:0a00:0001')).toBe('0A000001');
  });
});

describe('parseCidr', () => {
  it('spans network to broadcast address, for bit counts not on a byte boundary', () => {
    expect(parseCidr('10.0.0.0/22')).toEqual({ bottom: '0A000000', top: '0A0003FF' });
    expect(parseCidr('220.160.153.171/31')).toEqual({ bottom: 'DCA099AA', top: 'DCA099AB' });
    expect(parseCidr('0.0.0.0/0')).toEqual({ bottom: '00000000', top: 'FFFFFFFF' });
  });

  it('handles IPv6 blocks', () => {
    expect(parseCidr('2001:db8::/33')).toEqual({
      bottom: '20010DB8' + '0'.repeat(24),
      top: '20010DB87FFFFFFF' + 'F'.repeat(16),
    });
  });
});
