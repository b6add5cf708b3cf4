"""The skin lesions of the back: each lesion, its observations, their checks and photos."""
