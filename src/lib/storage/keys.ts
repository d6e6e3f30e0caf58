/** Every localStorage key the app writes starts with this, so "Alles wissen" can find them all. */
export const PREFIX = 'gesprekswijzer:';
