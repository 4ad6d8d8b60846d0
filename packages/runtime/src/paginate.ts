// Placeholder: the Seyna engineer owns this module (paginateCursor) and will overwrite it.
export {};
