"""Organisation and event names: a head word ("Bộ", "Quỹ", "Diễn đàn") and what follows it.

A head extends over capitalised words, one lower-case syllable after each ("Ngoại giao"),
known lower-case name words ("trực tiếp", "thế giới") and ends at a place or a known
organisation ("Quỹ Đầu tư trực tiếp Nga"); missions abroad keep "tại <place>"; events keep
"lần thứ XIII"; legal texts keep their number ("Nghị định 07/2023/NĐ-CP").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from vnreader.analysis.entity_state import ScanState
from vnreader.analysis.entity_tokens import is_acronym, is_vietnamese
from vnreader.analysis.gazetteer import Phrase

# the number of a legal text: "22", "07/2023/NĐ-CP", "15/2019/QH14"
_DOCUMENT_NUMBER = re.compile(r"\d+(?:/\d+)?(?:/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ][A-ZĐ0-9]*)*)?(?![\w/])")


class OrgRules(ScanState):
    """The organisation and event rules of the pass."""

    def head(self, i: int, j: int, cue: Phrase, pending: bool) -> bool:
        """Emit the organisation named after the head at i..j; False if there is none."""
        capital = self.words[i][0].isupper()
        if not capital and not cue.lowercase_head:
            return False
        if not capital:
            place = self.name(j) if j < self.n and self.gaps[j - 1] == " " else None
            if place is not None and place.label == "LOC":
                return False  # "các công ty Việt Nam": a place, not a company name
        end = self.extend_org(j, cue.embassy, pending, cue.event)
        label = "MISC" if cue.event else "ORG"
        if cue.event and capital:
            numbered = self.document_number(j)
            if numbered is not None:  # "Nghị định 07/2023/NĐ-CP", "Thông tư 22"
                self.emit(i, numbered, "MISC")
                return True
            if end is None:
                end = self.parenthesised(j)  # "Chương trình tiêm chủng mở rộng (EPI)"
            if end is None and self.ordinal(j) > j:
                end = j  # "Đại hội lần thứ XIII của Đảng": the ordinal is added below
        if end is None:
            if capital and cue.standalone:
                self.emit(i, j, label)
                return True
            return False
        if cue.event:
            end = self.ordinal(end)
        self.emit(i if capital else j, end, label)
        return True

    def ordinal(self, k: int) -> int:
        """Extend an event name over "lần thứ XIII" / "lần thứ 54" (and "của Đảng" after it)."""
        if (
            k + 2 < self.n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "lần"
            and self.gaps[k] == " "
            and self.lower(k + 1) == "thứ"
            and self.gaps[k + 1] == " "
        ):
            k += 3
            if (
                k + 1 < self.n
                and self.gaps[k - 1] == " "
                and self.lower(k) == "của"
                and self.gaps[k] == " "
                and self.is_cap(k + 1)
                and (k + 2 >= self.n or self.gaps[k + 1] != " " or not self.is_cap(k + 2))
            ):
                k += 2  # "Đại hội lần thứ XIII của Đảng"
        return k

    def document_number(self, k: int) -> int | None:
        """End of a legal text's number at token k ("07/2023/NĐ-CP" after "Nghị định")."""
        if k >= self.n or self.gaps[k - 1] != " ":
            return None
        m = _DOCUMENT_NUMBER.match(self.text, self.t.starts[k])
        if m is None:
            return None
        end = bisect_right(self.t.starts, m.end() - 1)
        return end if self.t.ends[end - 1] == m.end() else None

    def parenthesised(self, k: int) -> int | None:
        """End of lower-case name words from k that an acronym in parentheses follows."""
        t = k
        limit = min(self.n, k + 8)
        while t < limit and self.words[t][0].islower() and not self.blocked[t]:
            t += 1
            if self.t.raw_gaps[t - 1] == " (" and t < self.n and is_acronym(self.words[t]):
                return t
            if self.gaps[t - 1] != " ":
                return None
        return None

    def extend_org(self, k: int, embassy: bool, pending: bool, event: bool) -> int | None:
        """End of the organisation name that starts at token k (after its head)."""
        n = self.n
        last: int | None = None
        compound = False  # a lower-case syllable may follow ("Ngoại giao")
        named = False
        while k < n and self.gaps[k - 1] == " " and not self.blocked[k]:
            phrase = self.name(k)
            if phrase is not None and phrase.label in ("LOC", "ORG"):
                k += len(phrase.words)
                if phrase.label == "LOC":
                    k = self.after_place(k, embassy, event)
                return self.numbered(k)
            if phrase is not None:
                break
            word = self.words[k]
            if word[0].isupper():
                if self.cue_is_title(k):
                    break
                if self.surname_run(k) and (named or pending or self.full_name(k)):
                    break  # "Chủ tịch Quốc hội Vương Đình Huệ", but "Bệnh viện Bạch Mai"
                if named and pending and self.foreign_pair(k):
                    break  # "Chủ tịch Hạ viện Rwanda Donatille Mukabalisa"
                phrase_words = self.match_folded(self.g.org_words, k)
                if phrase_words is not None and len(phrase_words.words) > 1:
                    k += len(phrase_words.words)  # "Hàng không", though "không" is a stopword
                    last = k
                    named = True
                    compound = False
                    continue
                k += 1
                last = k
                named = True
                compound = is_vietnamese(word) and not is_acronym(word)
                continue
            low = self.lower(k)
            if low == "và":
                if (
                    named
                    and k + 1 < n
                    and self.gaps[k] == " "
                    and self.is_cap(k + 1)
                    and self.cue(k + 1) is None
                    and self.name(k + 1) is None
                ):
                    k += 1
                    compound = False
                    continue
                break
            words = self.match_folded(self.g.org_words, k)
            if words is not None:
                k += len(words.words)
                compound = False
                if named:
                    last = k
                continue
            if compound and low not in self.g.stopwords and word.isalpha():
                k += 1
                last = k
                compound = False
                continue
            if named:
                end = self.before_parenthesis(k)
                if end is not None:
                    last = end
            break
        return None if last is None else self.numbered(last)

    def before_parenthesis(self, k: int) -> int | None:
        """ "Cục Cảnh sát giao thông (Bộ Công an)": lower-case words up to a parenthesis."""
        t = k
        limit = min(self.n, k + 4)
        while (
            t < limit
            and self.words[t][0].islower()
            and self.lower(t) not in self.g.stopwords
            and not self.blocked[t]
        ):
            t += 1
            if self.t.raw_gaps[t - 1] == " (" and t < self.n and self.is_cap(t):
                return t
            if self.gaps[t - 1] != " ":
                return None
        return None

    def numbered(self, k: int) -> int:
        """Extend a name over "số 1" ("Công ty ... số 1")."""
        if (
            k + 1 < self.n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "số"
            and self.gaps[k] == " "
            and self.words[k + 1].isdigit()
            and not self.blocked[k + 1]
        ):
            return k + 2
        return k

    def after_place(self, k: int, embassy: bool, event: bool) -> int:
        """Extend an organisation name past its place: "... Việt Nam tại Nga", "... thống nhất"."""
        n = self.n
        if event and k + 1 < n and self.gaps[k - 1] == "-":
            other = self.name(k)
            if other is not None and other.label in ("LOC", "ORG"):
                return k + len(other.words)  # "Hiệp định ... Việt Nam - EU"
        if (
            embassy
            and k + 1 < n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "tại"
            and self.gaps[k] == " "
        ):
            place = self.name(k + 1)
            if place is not None and place.label == "LOC":
                return k + 1 + len(place.words)
        if k < n and self.gaps[k - 1] == " ":
            tail = self.match_folded(self.g.org_tails, k)
            if tail is not None:
                return k + len(tail.words)
        return k
