"""Segmentation and the spaCy pipeline."""
