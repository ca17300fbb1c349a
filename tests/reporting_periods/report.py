"""Print detect_period's accuracy on the hand-checked headlines: `python -m tests.reporting_periods.report`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import period_gold  # noqa: E402

if __name__ == "__main__":
    print(period_gold.table(period_gold.run()))
