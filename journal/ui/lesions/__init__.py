"""Skin lesions: the page, observations, photos and their comparison."""
