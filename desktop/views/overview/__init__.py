"""The overview screen: plan fields, free-text sections and plan checks."""
