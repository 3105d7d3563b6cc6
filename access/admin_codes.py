"""The back office for activation codes (batches for print subscribers, per-code redemption)."""
