"""Print detect_period's accuracy on the hand-checked headlines: `python -m tests.reporting_periods.report`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import period_gold  # noqa: E402

if __name__ == "__main__":
    outcomes = period_gold.run()
    print(period_gold.table(outcomes))
    print()
    print(period_gold.by_set(outcomes))
