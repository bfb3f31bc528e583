"""Casualty, actor and place extraction and the tally rules: pure functions over text.

Nothing here imports the rest of sitrep, performs I/O beyond reading bundled data files, or
touches the network.
"""
