/** The audience the gateway's JWT authorizer accepts (the Cognito app client on AWS). */
export const tokenAudience = 'forkcast-api';

export type TokenRole = 'staff' | 'diner' | 'owner';
export const tokenRoles: readonly TokenRole[] = ['staff', 'diner', 'owner'];
