"""The case model, taxonomies, workflow and deadline rules: plain Python, no storage, no Qt."""
