/** hephy-builder's release version; the runner image and the GitLab components are tagged with it. */
export const VERSION = '0.1.0';
