"""A known city and a nickname in the plural are one team, an organisation, in sports news."""

from __future__ import annotations

from vnreader.analysis import analyze


def found(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


def test_a_city_split_from_its_nickname_is_one_team() -> None:
    text = "Trong trận đấu tối qua, Los Angeles Harriers đánh bại Chicago Foxhounds 101-99."
    assert {("ORG", "Los Angeles Harriers"), ("ORG", "Chicago Foxhounds")} <= found(text)


def test_a_team_taken_for_a_person_is_the_team() -> None:
    labels = found("Cầu thủ của Dallas Mustangs ghi bàn thắng quyết định.")
    assert ("ORG", "Dallas Mustangs") in labels


def test_a_head_before_the_city_takes_the_nickname_too() -> None:
    labels = found("Đội Houston Comets thắng trận đấu thứ ba liên tiếp.")
    assert ("ORG", "Đội Houston Comets") in labels
    assert not any(label == "PER" for label, _ in labels)


def test_outside_sport_a_place_and_a_plural_are_left_alone() -> None:
    # a tour firm or a brand named after the place, with no head to tell: not a team (in a
    # sports text it would be one)
    labels = found("Tour Paris Rambles đưa du khách đi bộ quanh khu phố cổ.")
    assert ("LOC", "Paris") in labels
    assert not any(label == "ORG" for label, _ in labels)


def test_a_surname_in_the_plural_after_a_city_is_still_a_person() -> None:
    # "Dallas" is a known city and "Williams" a plural, in a sports text: a surname all the
    # same (real news names it as a person), so a player, not a team
    labels = found("Trong trận đấu tối qua, Dallas Williams ghi 20 điểm cho đội chủ nhà.")
    assert ("PER", "Dallas Williams") in labels
    assert not any(label == "ORG" for label, _ in labels)


def test_places_and_events_in_the_plural_are_no_teams() -> None:
    # a known city and the last word of a place's or an event's name, in a sports text
    labels = found("Giải đấu ở Chicago Heights bị hủy; mùa giải Tokyo Olympics bắt đầu.")
    assert not any(label == "ORG" for label, _ in labels)
    assert {("LOC", "Chicago"), ("LOC", "Tokyo")} <= labels


def test_an_unknown_city_makes_a_team_after_a_team_word() -> None:
    labels = found("Cầu thủ của Pinewood Harriers ghi bàn trong trận đấu tối qua.")
    assert ("ORG", "Pinewood Harriers") in labels
    labels = found("Trong trận đấu, đội bóng Marbleton Foxhounds thắng ngược.")
    assert ("ORG", "Marbleton Foxhounds") in labels


def test_without_a_team_word_a_foreign_run_in_s_stays_a_person() -> None:
    # a player is beaten too: "đánh bại" names no team
    labels = found("Trong trận đấu, tay vợt này đánh bại Dimitros Kalavrytas.")
    assert ("ORG", "Dimitros Kalavrytas") not in labels
