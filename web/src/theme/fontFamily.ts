/** The page's font stack, spelled out: canvas text does not understand `inherit`. */
export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
