// The public face of this feature: other features import only what is listed here (eslint local/feature-boundaries).
// Loaded lazily by the meeting page (the document writer is heavy): nothing imports it statically.
export { NotulaTab } from './NotulaTab';
