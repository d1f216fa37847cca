/** The builder's on-demand code (key pair, link format, GIFT, QR): one loader, so every step shares one load. */
export const loadLinkCode = () => import('../linkCode');
