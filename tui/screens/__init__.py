"""The dashboard's screens: the main panels and the detail, editing and log screens."""
