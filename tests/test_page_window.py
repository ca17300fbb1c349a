"""The pagination bar: first, last, two either side of the current page, an ellipsis between."""

from plugins.speedups.page_window import page_window


def every_number_rule(current, last):
    """The rule as a loop over every page number, as the template once ran it."""
    shown = []
    for number in range(1, last + 1):
        if number == current or number in (1, last) or abs(number - current) <= 2:
            shown.append(number)
        elif abs(number - current) == 3:
            shown.append(None)
    return shown


def test_window_matches_the_rule_for_every_page_of_lists_up_to_40_pages():
    for last in range(1, 41):
        for current in range(1, last + 1):
            assert page_window(current, last) == every_number_rule(current, last), (current, last)


def test_a_page_deep_in_a_long_list():
    assert page_window(500, 1000) == [1, None, 498, 499, 500, 501, 502, None, 1000]
    assert page_window(4, 1000) == [1, 2, 3, 4, 5, 6, None, 1000]
