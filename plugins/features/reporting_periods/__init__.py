"""Reporting periods of briefing and results reports: which exist, and which are missing."""
