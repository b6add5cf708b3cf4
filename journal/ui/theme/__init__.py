"""Light and dark: the palettes, the style sheet, the focus ring."""
