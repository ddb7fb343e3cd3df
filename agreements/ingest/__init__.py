"""Text in, extraction JSON out: reading, layout repair, segmentation (pure Python, no Django)."""
