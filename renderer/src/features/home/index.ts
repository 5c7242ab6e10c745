// The public face of this feature: other features import only what is listed here (eslint local/feature-boundaries).
export { ChecklistReopenCard } from './ChecklistReopenCard';
