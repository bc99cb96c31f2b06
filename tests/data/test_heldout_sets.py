"""The real-news-style held-out sets of issue 12 (tests/data/heldout_6 to _186 and _188 to _213), built with the real
CLI beside the seeds and scored by bench/evaluate_set.py. Floors sit a little under the numbers after the fixes each
set showed (or, for a set never tuned to, under its one blind measurement), so that a rule that stops generalising
fails here. The first, blind measurement of each set is in its README."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pytest

from caucasus_peace.paths import REPO_ROOT
from tests.helpers import load_bench_module

SETS = {n: REPO_ROOT / "tests" / "data" / f"heldout_{n}" for n in [*range(6, 187), *range(188, 214)]}
# people, organizations, places: (recall, precision); events: recall, precision, right date; merged share
FLOORS = {
    6: {"person": (0.90, 0.94), "organization": (0.80, 0.79), "place": (0.86, 0.86),
        "events": (0.65, 0.71, 0.43), "merged": 0.25},
    7: {"person": (0.89, 0.89), "organization": (0.90, 0.89), "place": (0.89, 0.93),
        "events": (0.73, 0.60, 0.52), "merged": 0.40},
    8: {"person": (0.95, 0.95), "organization": (0.85, 0.82), "place": (0.88, 0.95),
        "events": (0.79, 0.68, 0.63), "merged": 0.27},
    9: {"person": (0.95, 0.95), "organization": (0.87, 0.86), "place": (0.91, 0.95),
        "events": (0.82, 0.65, 0.56), "merged": 0.45},
    10: {"person": (0.95, 0.95), "organization": (0.78, 0.77), "place": (0.86, 0.90),
         "events": (0.66, 0.70, 0.45), "merged": 0.50},
    11: {"person": (0.95, 0.95), "organization": (0.79, 0.76), "place": (0.87, 0.90),
         "events": (0.60, 0.76, 0.46), "merged": 0.25},
    # 12 merged 0.1 -> 0.05 (ee4afdc): with the White House a site, not an office, the Almaty declaration's
    # reports no longer share it as a party, and the Iranian reaction stays its own row (2 merges of 21, was 3).
    12: {"person": (0.93, 0.88), "organization": (0.80, 0.74), "place": (0.85, 0.85),
         "events": (0.65, 0.66, 0.44), "merged": 0.05},
    13: {"person": (0.95, 0.92), "organization": (0.75, 0.88), "place": (0.86, 0.87),
         "events": (0.56, 0.64, 0.40), "merged": 0.05},
    14: {"person": (0.95, 0.89), "organization": (0.82, 0.86), "place": (0.89, 0.92),
         "events": (0.62, 0.58, 0.48), "merged": 0.0},
    15: {"person": (0.95, 0.90), "organization": (0.78, 0.82), "place": (0.82, 0.88),
         "events": (0.61, 0.71, 0.53), "merged": 0.3},
    16: {"person": (0.92, 0.95), "organization": (0.71, 0.76), "place": (0.89, 0.91),
         "events": (0.62, 0.63, 0.44), "merged": 0.1},
    17: {"person": (0.95, 0.93), "organization": (0.84, 0.88), "place": (0.89, 0.94),
         "events": (0.60, 0.72, 0.40), "merged": 0.1},
    18: {"person": (0.95, 0.95), "organization": (0.86, 0.90), "place": (0.91, 0.93),
         "events": (0.51, 0.64, 0.40), "merged": 0.15},
    19: {"person": (0.95, 0.88), "organization": (0.85, 0.83), "place": (0.86, 0.90),
         "events": (0.48, 0.55, 0.34), "merged": 0.25},
    20: {"person": (0.95, 0.92), "organization": (0.83, 0.85), "place": (0.86, 0.90),
         "events": (0.63, 0.74, 0.54), "merged": 0.05},
    21: {"person": (0.92, 0.82), "organization": (0.77, 0.76), "place": (0.89, 0.91),
         "events": (0.56, 0.60, 0.44), "merged": 0.1},
    # 22 merged 0.1 -> 0.0 (e19849a): its one merge was two outlets' undated stances ("Baku insists", "Baku
    # describes them as") joined only because both were dated to the two days around publication
    22: {"person": (0.90, 0.90), "organization": (0.77, 0.91), "place": (0.90, 0.91),
         "events": (0.64, 0.63, 0.50), "merged": 0.0},
    23: {"person": (0.90, 0.89), "organization": (0.81, 0.85), "place": (0.84, 0.89),
         "events": (0.53, 0.57, 0.43), "merged": 0.05},
    24: {"person": (0.92, 0.90), "organization": (0.82, 0.83), "place": (0.88, 0.94),
         "events": (0.52, 0.65, 0.45), "merged": 0.2},
    25: {"person": (0.88, 0.84), "organization": (0.78, 0.78), "place": (0.81, 0.89),
         "events": (0.61, 0.59, 0.44), "merged": 0.3},
    26: {"person": (0.91, 0.95), "organization": (0.84, 0.88), "place": (0.78, 0.87),
         "events": (0.50, 0.54, 0.43), "merged": 0.2},
    27: {"person": (0.95, 0.90), "organization": (0.86, 0.83), "place": (0.89, 0.92),
         "events": (0.43, 0.42, 0.30), "merged": 0.05},
    28: {"person": (0.95, 0.89), "organization": (0.84, 0.85), "place": (0.85, 0.90),
         "events": (0.51, 0.60, 0.39), "merged": 0.1},
    29: {"person": (0.89, 0.86), "organization": (0.83, 0.88), "place": (0.89, 0.85),
         "events": (0.46, 0.60, 0.32), "merged": 0.2},
    30: {"person": (0.92, 0.95), "organization": (0.83, 0.85), "place": (0.91, 0.94),
         "events": (0.57, 0.64, 0.41), "merged": 0.35},
    31: {"person": (0.86, 0.89), "organization": (0.79, 0.79), "place": (0.89, 0.90),
         "events": (0.54, 0.66, 0.41), "merged": 0.2},
    32: {"person": (0.92, 0.89), "organization": (0.73, 0.71), "place": (0.87, 0.90),
         "events": (0.50, 0.60, 0.34), "merged": 0.15},
    33: {"person": (0.92, 0.84), "organization": (0.76, 0.91), "place": (0.92, 0.89),
         "events": (0.35, 0.67, 0.21), "merged": 0.0},
    34: {"person": (0.90, 0.90), "organization": (0.79, 0.88), "place": (0.88, 0.89),
         "events": (0.55, 0.64, 0.46), "merged": 0.15},
    35: {"person": (0.92, 0.90), "organization": (0.62, 0.75), "place": (0.87, 0.93),
         "events": (0.53, 0.69, 0.44), "merged": 0.35},
    36: {"person": (0.95, 0.88), "organization": (0.81, 0.89), "place": (0.88, 0.87),
         "events": (0.43, 0.55, 0.32), "merged": 0.0},
    37: {"person": (0.95, 0.90), "organization": (0.89, 0.95), "place": (0.94, 0.95),
         "events": (0.31, 0.48, 0.18), "merged": 0.0},
    38: {"person": (0.95, 0.95), "organization": (0.83, 0.86), "place": (0.86, 0.89),
         "events": (0.59, 0.70, 0.53), "merged": 0.1},
    39: {"person": (0.95, 0.86), "organization": (0.66, 0.78), "place": (0.83, 0.84),
         "events": (0.52, 0.63, 0.40), "merged": 0.18},
    40: {"person": (0.91, 0.87), "organization": (0.81, 0.86), "place": (0.87, 0.95),
         "events": (0.54, 0.65, 0.40), "merged": 0.07},
    41: {"person": (0.95, 0.91), "organization": (0.81, 0.81), "place": (0.89, 0.94),
         "events": (0.49, 0.62, 0.41), "merged": 0.0},
    42: {"person": (0.92, 0.88), "organization": (0.83, 0.85), "place": (0.77, 0.88),
         "events": (0.51, 0.65, 0.32), "merged": 0.05},
    43: {"person": (0.95, 0.91), "organization": (0.85, 0.95), "place": (0.89, 0.92),
         "events": (0.47, 0.74, 0.35), "merged": 0.0},
    44: {"person": (0.95, 0.88), "organization": (0.87, 0.87), "place": (0.91, 0.95),
         "events": (0.45, 0.76, 0.37), "merged": 0.06},
    # 45 precision 0.81 -> 0.78 (briefs are the day's news): a short court brief's plain sayings ("the committee
    # said") are now dated to the day's news and kept, and its gold lists none of them (right dates 0.39 -> 0.42)
    45: {"person": (0.95, 0.91), "organization": (0.89, 0.87), "place": (0.90, 0.92),
         "events": (0.45, 0.77, 0.33), "merged": 0.15},
    46: {"person": (0.95, 0.95), "organization": (0.69, 0.75), "place": (0.85, 0.95),
         "events": (0.66, 0.69, 0.51), "merged": 0.18},
    47: {"person": (0.91, 0.91), "organization": (0.81, 0.93), "place": (0.84, 0.90),
         "events": (0.58, 0.61, 0.52), "merged": 0.07},
    48: {"person": (0.95, 0.90), "organization": (0.87, 0.90), "place": (0.93, 0.95),
         "events": (0.40, 0.57, 0.27), "merged": 0.14},
    49: {"person": (0.91, 0.91), "organization": (0.76, 0.85), "place": (0.92, 0.89),
         "events": (0.52, 0.49, 0.33), "merged": 0.08},
    50: {"person": (0.92, 0.95), "organization": (0.79, 0.86), "place": (0.85, 0.85),
         "events": (0.34, 0.57, 0.26), "merged": 0.07},
    51: {"person": (0.95, 0.88), "organization": (0.83, 0.90), "place": (0.87, 0.94),
         "events": (0.53, 0.63, 0.43), "merged": 0.0},
    52: {"person": (0.92, 0.92), "organization": (0.83, 0.83), "place": (0.87, 0.90),
         "events": (0.71, 0.74, 0.57), "merged": 0.3},
    53: {"person": (0.95, 0.95), "organization": (0.92, 0.95), "place": (0.86, 0.91),
         "events": (0.59, 0.73, 0.36), "merged": 0.25},
    54: {"person": (0.84, 0.76), "organization": (0.80, 0.88), "place": (0.85, 0.85),
         "events": (0.52, 0.76, 0.41), "merged": 0.0},
    55: {"person": (0.95, 0.92), "organization": (0.71, 0.81), "place": (0.85, 0.91),
         "events": (0.62, 0.74, 0.42), "merged": 0.35},
    56: {"person": (0.95, 0.85), "organization": (0.71, 0.87), "place": (0.85, 0.89),
         "events": (0.62, 0.55, 0.24), "merged": 0.0},
    57: {"person": (0.92, 0.92), "organization": (0.80, 0.95), "place": (0.81, 0.89),
         "events": (0.49, 0.53, 0.41), "merged": 0.25},
    58: {"person": (0.92, 0.85), "organization": (0.92, 0.87), "place": (0.87, 0.87),
         "events": (0.59, 0.61, 0.50), "merged": 0.1},
    59: {"person": (0.74, 0.91), "organization": (0.62, 0.71), "place": (0.87, 0.89),
         "events": (0.64, 0.67, 0.39), "merged": 0.1},
    60: {"person": (0.92, 0.87), "organization": (0.83, 0.92), "place": (0.93, 0.92),
         "events": (0.62, 0.49, 0.48), "merged": 0.05},
    61: {"person": (0.92, 0.89), "organization": (0.91, 0.88), "place": (0.84, 0.87),
         "events": (0.58, 0.61, 0.42), "merged": 0.4},
    62: {"person": (0.95, 0.95), "organization": (0.88, 0.95), "place": (0.93, 0.93),
         "events": (0.76, 0.76, 0.44), "merged": 0.05},
    63: {"person": (0.95, 0.81), "organization": (0.88, 0.85), "place": (0.90, 0.91),
         "events": (0.52, 0.51, 0.25), "merged": 0.1},
    # 64 right date 0.62 -> 0.56, merged 0.12 -> 0.50 (7ba751c): three events two outlets date a day apart are now
    # one row each, with the day of the report that opened it, so the other outlet's passage counts a wrong date.
    64: {"person": (0.89, 0.77), "organization": (0.51, 0.71), "place": (0.76, 0.86),
         "events": (0.62, 0.62, 0.52), "merged": 0.35},  # 0.45 until ca9b42b: one merge traded (README, 24th round)
    65: {"person": (0.95, 0.90), "organization": (0.88, 0.95), "place": (0.94, 0.94),
         "events": (0.54, 0.58, 0.28), "merged": 0.0},
    66: {"person": (0.88, 0.85), "organization": (0.77, 0.86), "place": (0.78, 0.93),
         "events": (0.50, 0.48, 0.40), "merged": 0.0},
    # 67: two reports of a postponed concert no longer merge on the date it had been planned for (dd0839b)
    67: {"person": (0.95, 0.88), "organization": (0.63, 0.76), "place": (0.87, 0.91),
         "events": (0.51, 0.56, 0.34), "merged": 0.28},
    68: {"person": (0.95, 0.89), "organization": (0.80, 0.88), "place": (0.87, 0.91),
         "events": (0.55, 0.56, 0.41), "merged": 0.1},
    69: {"person": (0.93, 0.93), "organization": (0.68, 0.95), "place": (0.91, 0.91),
         "events": (0.52, 0.67, 0.46), "merged": 0.2},
    70: {"person": (0.95, 0.87), "organization": (0.84, 0.95), "place": (0.93, 0.92),
         "events": (0.66, 0.66, 0.39), "merged": 0.28},
    71: {"person": (0.95, 0.83), "organization": (0.95, 0.92), "place": (0.82, 0.85),
         "events": (0.63, 0.57, 0.47), "merged": 0.15},
    72: {"person": (0.92, 0.92), "organization": (0.73, 0.76), "place": (0.77, 0.86),
         "events": (0.65, 0.65, 0.34), "merged": 0.0},
    73: {"person": (0.92, 0.92), "organization": (0.78, 0.78), "place": (0.83, 0.88),
         "events": (0.65, 0.49, 0.49), "merged": 0.15},
    74: {"person": (0.89, 0.86), "organization": (0.77, 0.95), "place": (0.78, 0.86),
         "events": (0.66, 0.67, 0.54), "merged": 0.24},
    75: {"person": (0.87, 0.92), "organization": (0.79, 0.92), "place": (0.87, 0.84),
         "events": (0.62, 0.62, 0.39), "merged": 0.1},
    76: {"person": (0.95, 0.92), "organization": (0.86, 0.86), "place": (0.95, 0.95),
         "events": (0.64, 0.49, 0.48), "merged": 0.35},
    77: {"person": (0.95, 0.92), "organization": (0.81, 0.84), "place": (0.85, 0.92),
         "events": (0.61, 0.46, 0.39), "merged": 0.1},
    78: {"person": (0.95, 0.91), "organization": (0.73, 0.95), "place": (0.80, 0.78),
         "events": (0.59, 0.47, 0.47), "merged": 0.35},
    79: {"person": (0.95, 0.89), "organization": (0.83, 0.89), "place": (0.92, 0.92),
         "events": (0.50, 0.54, 0.34), "merged": 0.45},
    80: {"person": (0.92, 0.92), "organization": (0.83, 0.92), "place": (0.92, 0.91),
         "events": (0.61, 0.55, 0.41), "merged": 0.13},
    81: {"person": (0.92, 0.92), "organization": (0.95, 0.88), "place": (0.83, 0.83),
         "events": (0.70, 0.68, 0.51), "merged": 0.25},
    82: {"person": (0.92, 0.92), "organization": (0.73, 0.73), "place": (0.95, 0.93),
         "events": (0.80, 0.71, 0.41), "merged": 0.35},
    83: {"person": (0.92, 0.92), "organization": (0.95, 0.93), "place": (0.94, 0.92),
         "events": (0.54, 0.58, 0.27), "merged": 0.13},
    84: {"person": (0.92, 0.92), "organization": (0.86, 0.90), "place": (0.78, 0.91),
         "events": (0.65, 0.65, 0.38), "merged": 0.08},
    85: {"person": (0.95, 0.95), "organization": (0.73, 0.95), "place": (0.91, 0.92),
         "events": (0.63, 0.59, 0.56), "merged": 0.32},  # 0.50 until 6ce86ff: one merge traded (README, 24th round);
    # right date 0.61 and merged 0.42 until 8d3c0ae: "He said he would appeal the decision to the Criminal Court of
    # Appeal" named no party and joined another outlet's report of the appeal by shared words; naming the court, a
    # party that report does not share, it stands as its own undated event
    86: {"person": (0.95, 0.95), "organization": (0.74, 0.80), "place": (0.89, 0.87),
         "events": (0.63, 0.71, 0.32), "merged": 0.03},
    87: {"person": (0.90, 0.82), "organization": (0.88, 0.86), "place": (0.84, 0.90),
         "events": (0.69, 0.62, 0.49), "merged": 0.06},
    88: {"person": (0.95, 0.95), "organization": (0.84, 0.95), "place": (0.95, 0.95),
         "events": (0.55, 0.57, 0.37), "merged": 0.06},
    89: {"person": (0.89, 0.95), "organization": (0.86, 0.82), "place": (0.90, 0.90),
         "events": (0.45, 0.58, 0.33), "merged": 0.20},
    90: {"person": (0.95, 0.95), "organization": (0.89, 0.92), "place": (0.90, 0.94),
         "events": (0.64, 0.61, 0.44), "merged": 0.20},
    91: {"person": (0.95, 0.83), "organization": (0.83, 0.87), "place": (0.85, 0.93),
         "events": (0.59, 0.66, 0.42), "merged": 0.10},
    92: {"person": (0.95, 0.90), "organization": (0.92, 0.95), "place": (0.94, 0.95),
         "events": (0.66, 0.52, 0.47), "merged": 0.24},
    93: {"person": (0.95, 0.91), "organization": (0.84, 0.87), "place": (0.88, 0.89),
         "events": (0.56, 0.61, 0.34), "merged": 0.0},
    94: {"person": (0.95, 0.82), "organization": (0.87, 0.95), "place": (0.87, 0.95),
         "events": (0.61, 0.58, 0.46), "merged": 0.10},
    95: {"person": (0.96, 0.88), "organization": (0.87, 0.88), "place": (0.88, 0.93),
         "events": (0.52, 0.45, 0.32), "merged": 0.08},
    96: {"person": (0.93, 0.89), "organization": (0.75, 0.78), "place": (0.83, 0.87),
         "events": (0.45, 0.63, 0.33), "merged": 0.15},
    97: {"person": (0.92, 0.88), "organization": (0.87, 0.90), "place": (0.92, 0.91),
         "events": (0.72, 0.62, 0.62), "merged": 0.30},
    98: {"person": (0.94, 0.91), "organization": (0.86, 0.91), "place": (0.92, 0.92),
         "events": (0.60, 0.60, 0.45), "merged": 0.14},
    # 99 to 102: the twenty-first round; each floor sits under the lower of the first measurement and the final
    # code's score (heldout_102's place recall: its byline named a village the body's weaker cue does not find)
    99: {"person": (0.88, 0.88), "organization": (0.86, 0.91), "place": (0.90, 0.90),
         "events": (0.57, 0.66, 0.51), "merged": 0.26},
    100: {"person": (0.96, 0.89), "organization": (0.82, 0.80), "place": (0.88, 0.91),
          "events": (0.64, 0.58, 0.35), "merged": 0.06},
    101: {"person": (0.93, 0.86), "organization": (0.73, 0.87), "place": (0.92, 0.95),
          "events": (0.58, 0.70, 0.36), "merged": 0.14},
    102: {"person": (0.96, 0.90), "organization": (0.68, 0.73), "place": (0.93, 0.96),
          "events": (0.55, 0.61, 0.47), "merged": 0.30},
    103: {"person": (0.85, 0.70), "organization": (0.78, 0.93), "place": (0.96, 0.94),
          "events": (0.40, 0.45, 0.29), "merged": 0.14},
    104: {"person": (0.89, 0.78), "organization": (0.68, 0.79), "place": (0.84, 0.91),
          "events": (0.46, 0.42, 0.37), "merged": 0.0},
    # 105 to 108: the twenty-second round; 105 and 106 measured at f7f5c57 and then developed on (each floor under the
    # lower of the first and the final score), 107 and 108 measured once with the final code
    105: {"person": (0.96, 0.96), "organization": (0.81, 0.76), "place": (0.89, 0.89),
          "events": (0.34, 0.49, 0.28), "merged": 0.06},
    106: {"person": (0.96, 0.92), "organization": (0.70, 0.74), "place": (0.86, 0.87),
          "events": (0.67, 0.84, 0.50), "merged": 0.30},
    107: {"person": (0.92, 0.84), "organization": (0.92, 0.86), "place": (0.93, 0.93),
          "events": (0.64, 0.55, 0.46), "merged": 0.19},
    108: {"person": (0.92, 0.84), "organization": (0.63, 0.75), "place": (0.90, 0.92),
          "events": (0.61, 0.62, 0.48), "merged": 0.39},
    # 109 to 114: the twenty-third round; 109 and 110 measured at e7d3d96, 111 and 112 at 4206a91, each then developed
    # on (each floor under the lower of the first and the final score), 113 and 114 measured once with the final code
    109: {"person": (0.88, 0.88), "organization": (0.92, 0.92), "place": (0.78, 0.89),
          "events": (0.61, 0.71, 0.53), "merged": 0.30},
    110: {"person": (0.96, 0.96), "organization": (0.82, 0.83), "place": (0.93, 0.93),
          "events": (0.55, 0.72, 0.45), "merged": 0.18},
    111: {"person": (0.96, 0.96), "organization": (0.85, 0.83), "place": (0.90, 0.93),
          "events": (0.65, 0.53, 0.61), "merged": 0.30},
    112: {"person": (0.91, 0.82), "organization": (0.79, 0.89), "place": (0.82, 0.84),
          "events": (0.67, 0.48, 0.40), "merged": 0.22},
    113: {"person": (0.96, 0.96), "organization": (0.75, 0.86), "place": (0.91, 0.90),
          "events": (0.71, 0.62, 0.46), "merged": 0.30},
    114: {"person": (0.96, 0.87), "organization": (0.83, 0.84), "place": (0.84, 0.96),
          "events": (0.52, 0.51, 0.40), "merged": 0.08},
    # 115 to 126: the twenty-fourth round; 115 and 116 measured at c2ce282, 117 and 118 at 789ce04, 119 and 120 at
    # 5bfaa02, 121 and 122 at 638179b, 123 and 124 at a561d77, each then developed on; 125 and 126 measured once
    # with the round's last rules (2e23152); each floor sits under the lower of the first and the final (529e290) score
    115: {"person": (0.93, 0.96), "organization": (0.94, 0.96), "place": (0.96, 0.91),
          "events": (0.58, 0.62, 0.45), "merged": 0.17},
    116: {"person": (0.92, 0.96), "organization": (0.83, 0.91), "place": (0.91, 0.93),
          "events": (0.64, 0.66, 0.42), "merged": 0.17},
    117: {"person": (0.92, 0.96), "organization": (0.93, 0.88), "place": (0.82, 0.93),
          "events": (0.31, 0.41, 0.24), "merged": 0.05},
    118: {"person": (0.86, 0.96), "organization": (0.94, 0.92), "place": (0.95, 0.93),
          "events": (0.53, 0.50, 0.45), "merged": 0.00},
    119: {"person": (0.96, 0.96), "organization": (0.61, 0.68), "place": (0.85, 0.88),
          "events": (0.57, 0.73, 0.40), "merged": 0.30},
    120: {"person": (0.89, 0.85), "organization": (0.93, 0.93), "place": (0.91, 0.94),
          "events": (0.70, 0.55, 0.51), "merged": 0.39},
    121: {"person": (0.93, 0.96), "organization": (0.84, 0.87), "place": (0.81, 0.82),
          "events": (0.62, 0.67, 0.37), "merged": 0.33},
    122: {"person": (0.93, 0.93), "organization": (0.63, 0.61), "place": (0.83, 0.84),
          "events": (0.51, 0.65, 0.37), "merged": 0.26},
    123: {"person": (0.93, 0.96), "organization": (0.80, 0.85), "place": (0.91, 0.86),
          "events": (0.72, 0.64, 0.55), "merged": 0.25},
    124: {"person": (0.96, 0.96), "organization": (0.72, 0.84), "place": (0.93, 0.85),
          "events": (0.60, 0.66, 0.40), "merged": 0.20},
    125: {"person": (0.92, 0.84), "organization": (0.59, 0.79), "place": (0.91, 0.90),
          "events": (0.52, 0.76, 0.30), "merged": 0.07},
    126: {"person": (0.93, 0.90), "organization": (0.74, 0.87), "place": (0.95, 0.93),
          "events": (0.60, 0.60, 0.47), "merged": 0.25},
    # 127 to 132: the twenty-fifth round; 127 and 128 measured at a335143, 129 and 130 at f1455e1 (then at a335143),
    # each then developed on; 131 and 132 measured once with the round's final code (07c516e), then with a335143;
    # each floor sits under the lowest of its measurements
    127: {"person": (0.96, 0.96), "organization": (0.80, 0.93), "place": (0.89, 0.93),
          "events": (0.56, 0.58, 0.42), "merged": 0.23},
    128: {"person": (0.96, 0.89), "organization": (0.78, 0.82), "place": (0.94, 0.89),
          "events": (0.61, 0.62, 0.49), "merged": 0.09},
    129: {"person": (0.96, 0.94), "organization": (0.86, 0.93), "place": (0.92, 0.89),
          "events": (0.58, 0.60, 0.39), "merged": 0.29},
    130: {"person": (0.96, 0.96), "organization": (0.93, 0.89), "place": (0.88, 0.88),
          "events": (0.63, 0.61, 0.46), "merged": 0.18},
    131: {"person": (0.96, 0.93), "organization": (0.83, 0.96), "place": (0.91, 0.88),
          "events": (0.61, 0.68, 0.47), "merged": 0.22},
    132: {"person": (0.94, 0.96), "organization": (0.89, 0.85), "place": (0.89, 0.89),
          "events": (0.70, 0.70, 0.54), "merged": 0.11},
    # 133 to 136: the twenty-sixth round; 133 and 134 measured at 6d47d4a, then developed on; 135 and 136 measured
    # once with the round's final code (bb294c5), then with 6d47d4a (the same scores)
    133: {"person": (0.94, 0.96), "organization": (0.80, 0.77), "place": (0.90, 0.91),
          "events": (0.64, 0.63, 0.50), "merged": 0.30},
    134: {"person": (0.96, 0.96), "organization": (0.77, 0.90), "place": (0.93, 0.86),
          "events": (0.68, 0.68, 0.44), "merged": 0.17},
    135: {"person": (0.96, 0.94), "organization": (0.77, 0.82), "place": (0.93, 0.91),
          "events": (0.62, 0.70, 0.46), "merged": 0.23},
    136: {"person": (0.94, 0.96), "organization": (0.93, 0.96), "place": (0.95, 0.90),
          "events": (0.66, 0.74, 0.52), "merged": 0.25},
    # 137 to 140: the twenty-seventh round; 137 and 138 measured once at 9c584de, in the middle of the round, then at
    # 13c86e7 (the same scores) and with the final code 7abd947; 139 and 140 measured once with 7abd947, then at 13c86e7
    137: {"person": (0.96, 0.93), "organization": (0.75, 0.81), "place": (0.90, 0.91),
          "events": (0.73, 0.65, 0.53), "merged": 0.39},
    138: {"person": (0.96, 0.93), "organization": (0.88, 0.88), "place": (0.96, 0.93),
          "events": (0.68, 0.64, 0.45), "merged": 0.13},
    139: {"person": (0.96, 0.96), "organization": (0.80, 0.66), "place": (0.94, 0.94),
          "events": (0.55, 0.68, 0.42), "merged": 0.32},
    140: {"person": (0.91, 0.96), "organization": (0.68, 0.81), "place": (0.86, 0.86),
          "events": (0.76, 0.69, 0.41), "merged": 0.37},
    # 141 and 142: the twenty-eighth round; measured once at e2b1f2a, the code the round started from
    141: {"person": (0.96, 0.96), "organization": (0.70, 0.80), "place": (0.89, 0.92),
          "events": (0.64, 0.70, 0.47), "merged": 0.15},
    142: {"person": (0.96, 0.96), "organization": (0.62, 0.84), "place": (0.86, 0.81),
          "events": (0.58, 0.56, 0.39), "merged": 0.11},
    # 143 and 144: measured once with 0e05e84 (the round's last rule, 022e8f0, gives the same scores), then with
    # e2b1f2a (the same scores, one predicted event more on 144)
    143: {"person": (0.96, 0.93), "organization": (0.77, 0.77), "place": (0.95, 0.93),
          "events": (0.52, 0.54, 0.41), "merged": 0.24},
    144: {"person": (0.94, 0.91), "organization": (0.77, 0.88), "place": (0.90, 0.90),
          "events": (0.60, 0.68, 0.43), "merged": 0.20},
    # 145 and 146: the twenty-ninth round; measured once at 823aea0, the code the round started from
    145: {"person": (0.96, 0.96), "organization": (0.80, 0.92), "place": (0.90, 0.87),
          "events": (0.57, 0.67, 0.36), "merged": 0.04},
    146: {"person": (0.96, 0.96), "organization": (0.61, 0.77), "place": (0.92, 0.90),
          "events": (0.63, 0.65, 0.46), "merged": 0.20},
    # 147 and 148: measured once with 88ada3b (the round's last rule), then with 823aea0 (status lower, else the same)
    147: {"person": (0.96, 0.90), "organization": (0.61, 0.76), "place": (0.91, 0.86),
          "events": (0.65, 0.68, 0.46), "merged": 0.27},
    148: {"person": (0.96, 0.96), "organization": (0.84, 0.88), "place": (0.80, 0.83),
          "events": (0.55, 0.70, 0.29), "merged": 0.11},
    # 149 and 150: the thirtieth round; measured once at a2766f0, the code the round started from
    149: {"person": (0.96, 0.96), "organization": (0.76, 0.92), "place": (0.96, 0.90),
          "events": (0.75, 0.65, 0.45), "merged": 0.41},
    150: {"person": (0.96, 0.96), "organization": (0.72, 0.83), "place": (0.77, 0.82),
          "events": (0.67, 0.67, 0.47), "merged": 0.24},
    # 151 and 152: measured once with d1feff1 (the round's final code), then with a2766f0 (152: right date 0.56 and
    # merged 3 of 17 there, the rest the same)
    151: {"person": (0.91, 0.92), "organization": (0.72, 0.83), "place": (0.83, 0.89),
          "events": (0.61, 0.68, 0.40), "merged": 0.12},
    152: {"person": (0.96, 0.96), "organization": (0.54, 0.78), "place": (0.92, 0.92),
          "events": (0.64, 0.61, 0.50), "merged": 0.14},
    # 153 and 154: measured once with 1333f5e (the same pipeline as d1feff1), then with a2766f0 (the same scores)
    153: {"person": (0.96, 0.96), "organization": (0.89, 0.93), "place": (0.91, 0.90),
          "events": (0.63, 0.61, 0.51), "merged": 0.17},
    154: {"person": (0.96, 0.96), "organization": (0.66, 0.69), "place": (0.94, 0.91),
          "events": (0.56, 0.69, 0.41), "merged": 0.24},
    # 155 and 156: measured once with d67f48f (the thirty-first round's start), then read: two time-expression rules
    # of the round came from them (4013faf, 44e8e72); floors under the lower of that and the round's final code
    155: {"person": (0.96, 0.93), "organization": (0.73, 0.86), "place": (0.88, 0.91),
          "events": (0.63, 0.71, 0.34), "merged": 0.10},
    156: {"person": (0.90, 0.96), "organization": (0.86, 0.96), "place": (0.93, 0.93),
          "events": (0.56, 0.66, 0.43), "merged": 0.13},
    # 157 and 158: measured once with 44e8e72 (the round's final code), then with d67f48f (157: precision 0.64,
    # participants 0.71 there; 158 the same)
    157: {"person": (0.96, 0.94), "organization": (0.77, 0.92), "place": (0.93, 0.93),
          "events": (0.66, 0.60, 0.55), "merged": 0.21},
    158: {"person": (0.96, 0.96), "organization": (0.78, 0.86), "place": (0.90, 0.86),
          "events": (0.63, 0.66, 0.47), "merged": 0.21},
    # 159 to 162: measured once with 1e9d1c6 (the thirty-second round's first rule), then with 0ecfd6e (the same)
    159: {"person": (0.93, 0.91), "organization": (0.89, 0.91), "place": (0.91, 0.96),
          "events": (0.63, 0.63, 0.47), "merged": 0.35},
    160: {"person": (0.93, 0.96), "organization": (0.82, 0.79), "place": (0.92, 0.95),
          "events": (0.62, 0.62, 0.34), "merged": 0.17},
    161: {"person": (0.96, 0.96), "organization": (0.86, 0.92), "place": (0.90, 0.96),
          "events": (0.77, 0.65, 0.60), "merged": 0.29},
    162: {"person": (0.96, 0.91), "organization": (0.78, 0.81), "place": (0.84, 0.86),
          "events": (0.71, 0.60, 0.56), "merged": 0.23},
    # 163 to 166: measured once with ea40d64 (the thirty-second round's final code), then with 0ecfd6e (166: precision
    # 0.63 there; the rest the same)
    163: {"person": (0.96, 0.96), "organization": (0.77, 0.84), "place": (0.95, 0.96),
          "events": (0.61, 0.65, 0.49), "merged": 0.06},
    164: {"person": (0.92, 0.96), "organization": (0.83, 0.83), "place": (0.91, 0.96),
          "events": (0.64, 0.66, 0.49), "merged": 0.39},
    165: {"person": (0.96, 0.96), "organization": (0.93, 0.96), "place": (0.89, 0.89),
          "events": (0.47, 0.53, 0.43), "merged": 0.13},
    166: {"person": (0.96, 0.96), "organization": (0.86, 0.85), "place": (0.95, 0.93),
          "events": (0.58, 0.59, 0.43), "merged": 0.12},
    # 167 and 168: written after the round's last rule, measured once with ea40d64, then with 0ecfd6e (167: precision
    # 0.68 there; 168 the same)
    167: {"person": (0.96, 0.93), "organization": (0.81, 0.81), "place": (0.85, 0.89),
          "events": (0.69, 0.64, 0.57), "merged": 0.29},
    168: {"person": (0.96, 0.96), "organization": (0.76, 0.88), "place": (0.95, 0.91),
          "events": (0.60, 0.58, 0.44), "merged": 0.04},
    # 169 to 174: written blind, measured once with aa08a11 (the round's start), then with its final code: the same
    169: {"person": (0.94, 0.94), "organization": (0.88, 0.88), "place": (0.76, 0.93),
          "events": (0.61, 0.66, 0.51), "merged": 0.06},
    170: {"person": (0.96, 0.96), "organization": (0.93, 0.87), "place": (0.94, 0.93),
          "events": (0.66, 0.77, 0.49), "merged": 0.07},
    171: {"person": (0.96, 0.91), "organization": (0.86, 0.91), "place": (0.78, 0.81),
          "events": (0.63, 0.58, 0.45), "merged": 0.46},
    172: {"person": (0.96, 0.96), "organization": (0.85, 0.94), "place": (0.92, 0.93),
          "events": (0.47, 0.43, 0.33), "merged": 0.08},
    173: {"person": (0.93, 0.90), "organization": (0.74, 0.69), "place": (0.89, 0.91),
          "events": (0.48, 0.66, 0.36), "merged": 0.14},
    174: {"person": (0.96, 0.90), "organization": (0.89, 0.91), "place": (0.89, 0.95),
          "events": (0.67, 0.74, 0.45), "merged": 0.16},
    175: {"person": (0.96, 0.96), "organization": (0.92, 0.88), "place": (0.87, 0.86),
          "events": (0.87, 0.68, 0.68), "merged": 0.29},
    176: {"person": (0.93, 0.96), "organization": (0.73, 0.73), "place": (0.91, 0.94),
          "events": (0.66, 0.72, 0.47), "merged": 0.22},
    177: {"person": (0.91, 0.91), "organization": (0.96, 0.96), "place": (0.85, 0.85),
          "events": (0.65, 0.68, 0.53), "merged": 0.13},
    178: {"person": (0.93, 0.96), "organization": (0.85, 0.89), "place": (0.96, 0.92),
          "events": (0.63, 0.71, 0.46), "merged": 0.11},
    # 179 merged 0.17 -> 0.11: the police's criminal cases on vote buying, now found, join the parties' complaint
    # to the electoral commission (a legal action of the same days), which leaves its other outlet's row
    179: {"person": (0.96, 0.96), "organization": (0.86, 0.92), "place": (0.93, 0.93),
          "events": (0.60, 0.58, 0.49), "merged": 0.11},
    180: {"person": (0.91, 0.96), "organization": (0.90, 0.91), "place": (0.96, 0.93),
          "events": (0.63, 0.80, 0.51), "merged": 0.10},
    181: {"person": (0.96, 0.93), "organization": (0.85, 0.93), "place": (0.93, 0.93),
          "events": (0.58, 0.64, 0.46), "merged": 0.00},
    182: {"person": (0.96, 0.93), "organization": (0.91, 0.86), "place": (0.91, 0.93),
          "events": (0.73, 0.66, 0.52), "merged": 0.16},
    183: {"person": (0.96, 0.96), "organization": (0.71, 0.71), "place": (0.96, 0.96),
          "events": (0.76, 0.72, 0.69), "merged": 0.36},
    184: {"person": (0.96, 0.93), "organization": (0.96, 0.96), "place": (0.86, 0.87),
          "events": (0.63, 0.62, 0.48), "merged": 0.17},
    185: {"person": (0.93, 0.96), "organization": (0.93, 0.93), "place": (0.93, 0.92),
          "events": (0.70, 0.63, 0.55), "merged": 0.29},
    186: {"person": (0.96, 0.96), "organization": (0.88, 0.85), "place": (0.89, 0.96),
          "events": (0.71, 0.61, 0.46), "merged": 0.23},
    188: {"person": (0.96, 0.93), "organization": (0.88, 0.92), "place": (0.96, 0.96),
          "events": (0.59, 0.53, 0.45), "merged": 0.34},
    189: {"person": (0.94, 0.96), "organization": (0.75, 0.78), "place": (0.90, 0.93),
          "events": (0.54, 0.54, 0.38), "merged": 0.21},
    190: {"person": (0.96, 0.96), "organization": (0.87, 0.87), "place": (0.95, 0.93),
          "events": (0.64, 0.67, 0.45), "merged": 0.37},
    191: {"person": (0.96, 0.94), "organization": (0.93, 0.93), "place": (0.89, 0.90),
          "events": (0.55, 0.60, 0.44), "merged": 0.23},
    192: {"person": (0.96, 0.94), "organization": (0.96, 0.91), "place": (0.88, 0.94),
          "events": (0.59, 0.58, 0.47), "merged": 0.36},
    193: {"person": (0.96, 0.96), "organization": (0.87, 0.93), "place": (0.96, 0.96),
          "events": (0.64, 0.74, 0.49), "merged": 0.12},
    194: {"person": (0.94, 0.89), "organization": (0.82, 0.78), "place": (0.79, 0.84),
          "events": (0.60, 0.75, 0.43), "merged": 0.29},
    195: {"person": (0.96, 0.96), "organization": (0.92, 0.81), "place": (0.90, 0.96),
          "events": (0.63, 0.61, 0.55), "merged": 0.00},
    # 196 and 197: the fortieth round's blind sets, measured once at 9f9a95b and unread since; floors under the lower
    # of that and the round's final code
    196: {"person": (0.93, 0.93), "organization": (0.96, 0.91), "place": (0.91, 0.92),
          "events": (0.76, 0.66, 0.51), "merged": 0.05},
    197: {"person": (0.93, 0.96), "organization": (0.79, 0.80), "place": (0.88, 0.88),
          "events": (0.71, 0.63, 0.58), "merged": 0.26},
    # 198 and 199: the forty-first round's blind sets, measured once at 2ddd272 and unread since; floors under the
    # lower of that and the round's final code
    198: {"person": (0.96, 0.93), "organization": (0.75, 0.79), "place": (0.88, 0.90),
          "events": (0.72, 0.66, 0.56), "merged": 0.29},
    199: {"person": (0.96, 0.93), "organization": (0.87, 0.96), "place": (0.86, 0.95),
          "events": (0.80, 0.78, 0.71), "merged": 0.37},
    # written blind for the forty-second round: under their one blind measurement (f944dc6), which the round's
    # final code repeats
    200: {"person": (0.96, 0.96), "organization": (0.79, 0.72), "place": (0.88, 0.93),
          "events": (0.70, 0.46, 0.47), "merged": 0.15},
    201: {"person": (0.96, 0.96), "organization": (0.90, 0.90), "place": (0.96, 0.96),
          "events": (0.60, 0.57, 0.41), "merged": 0.15},
    # written blind for the forty-third round; floors under the lower of the first measurement and the final code's
    202: {"person": (0.94, 0.94), "organization": (0.87, 0.76), "place": (0.86, 0.88),
          "events": (0.67, 0.63, 0.49), "merged": 0.15},
    203: {"person": (0.94, 0.94), "organization": (0.95, 0.95), "place": (0.89, 0.95),
          "events": (0.79, 0.70, 0.61), "merged": 0.40},
    204: {"person": (0.95, 0.95), "organization": (0.93, 0.93), "place": (0.77, 0.81),
          "events": (0.59, 0.59, 0.47), "merged": 0.40},
    205: {"person": (0.95, 0.95), "organization": (0.86, 0.86), "place": (0.89, 0.96),
          "events": (0.74, 0.54, 0.60), "merged": 0.15},
    # written blind for the forty-fifth round; floors under the lower of the first measurement and the final code's
    206: {"person": (0.97, 0.94), "organization": (0.97, 0.92), "place": (0.93, 0.93),
          "events": (0.65, 0.54, 0.50), "merged": 0.30},
    207: {"person": (0.97, 0.97), "organization": (0.93, 0.87), "place": (0.96, 0.94),
          "events": (0.67, 0.59, 0.47), "merged": 0.22},
    # written blind for the forty-sixth round; the round's final code scores both as its start code did
    208: {"person": (0.97, 0.97), "organization": (0.93, 0.89), "place": (0.94, 0.97),
          "events": (0.78, 0.73, 0.57), "merged": 0.42},
    209: {"person": (0.97, 0.97), "organization": (0.67, 0.65), "place": (0.97, 0.97),
          "events": (0.64, 0.70, 0.48), "merged": 0.19},
    # written blind for the forty-seventh round; floors under the lower of the first measurement and the final code's
    210: {"person": (0.94, 0.97), "organization": (0.88, 0.91), "place": (0.97, 0.97),
          "events": (0.90, 0.79, 0.69), "merged": 0.22},
    211: {"person": (0.97, 0.97), "organization": (0.90, 0.80), "place": (0.69, 0.78),
          "events": (0.72, 0.69, 0.52), "merged": 0.35},
    212: {"person": (0.91, 0.83), "organization": (0.88, 0.88), "place": (0.76, 0.80),
          "events": (0.72, 0.61, 0.57), "merged": 0.14},
    213: {"person": (0.97, 0.97), "organization": (0.88, 0.82), "place": (0.93, 0.90),
          "events": (0.61, 0.68, 0.33), "merged": 0.26},
}  # fmt: skip
ARTICLES = {
    6: 10,
    7: 10,
    8: 12,
    9: 12,
    10: 12,
    11: 11,
    12: 11,
    13: 11,
    14: 11,
    15: 11,
    16: 11,
    17: 11,
    18: 11,
    19: 11,
    20: 11,
    21: 11,
    22: 11,
    23: 11,
    24: 11,
    25: 11,
    26: 11,
    27: 11,
    28: 11,
    29: 11,
    30: 11,
    31: 11,
    32: 11,
    33: 11,
    34: 11,
    35: 11,
    36: 11,
    37: 8,
    38: 8,
    39: 8,
    40: 8,
    41: 8,
    42: 8,
    43: 8,
    44: 8,
    45: 8,
    46: 8,
    47: 8,
    48: 8,
    49: 8,
    50: 8,
    51: 8,
    52: 8,
    53: 8,
    54: 8,
    55: 8,
    56: 8,
    57: 8,
    58: 8,
    59: 8,
    60: 8,
    61: 8,
    62: 8,
    63: 8,
    64: 8,
    65: 8,
    66: 8,
    67: 8,
    68: 8,
    69: 8,
    70: 8,
    71: 8,
    72: 8,
    73: 8,
    74: 8,
    75: 8,
    76: 8,
    77: 8,
    78: 8,
    79: 8,
    80: 8,
    81: 8,
    82: 8,
    83: 8,
    84: 8,
    85: 8,
    86: 8,
    87: 8,
    88: 8,
    89: 8,
    90: 8,
    91: 8,
    92: 8,
    93: 8,
    94: 8,
    95: 8,
    96: 8,
    97: 8,
    98: 8,
    99: 8,
    100: 8,
    101: 8,
    102: 8,
    103: 8,
    104: 8,
    105: 8,
    106: 8,
    107: 8,
    108: 8,
    109: 8,
    110: 8,
    111: 8,
    112: 8,
    113: 8,
    114: 8,
    115: 8,
    116: 8,
    117: 8,
    118: 8,
    119: 8,
    120: 8,
    121: 8,
    122: 8,
    123: 8,
    124: 8,
    125: 8,
    126: 8,
    127: 8,
    128: 8,
    129: 8,
    130: 8,
    131: 8,
    132: 8,
    133: 8,
    134: 8,
    135: 8,
    136: 8,
    137: 8,
    138: 8,
    139: 8,
    140: 8,
    141: 8,
    142: 8,
    143: 8,
    144: 8,
    145: 8,
    146: 8,
    147: 8,
    148: 8,
    149: 8,
    150: 8,
    151: 8,
    152: 8,
    153: 8,
    154: 8,
    155: 8,
    156: 8,
    157: 8,
    158: 8,
    159: 8,
    160: 8,
    161: 8,
    162: 8,
    163: 8,
    164: 8,
    165: 8,
    166: 8,
    167: 8,
    168: 8,
    169: 8,
    170: 8,
    171: 8,
    172: 8,
    173: 8,
    174: 8,
    175: 8,
    176: 8,
    177: 8,
    178: 8,
    179: 8,
    180: 8,
    181: 8,
    182: 8,
    183: 8,
    184: 8,
    185: 8,
    186: 8,
    188: 8,
    189: 8,
    190: 8,
    191: 8,
    192: 8,
    193: 8,
    194: 8,
    195: 8,
    196: 8,
    197: 8,
    198: 8,
    199: 8,
    200: 8,
    201: 8,
    202: 8,
    203: 8,
    204: 8,
    205: 8,
    206: 8,
    207: 8,
    208: 8,
    209: 8,
    210: 8,
    211: 8,
    212: 8,
    213: 8,
}


@functools.cache
def _scores(n: int):
    ev = load_bench_module("evaluate_set")
    with tempfile.TemporaryDirectory() as tmp:
        out = ev.build_with_set(SETS[n], Path(tmp), in_process=True)  # the real CLI command, in this process
        return ev.evaluate(SETS[n], out)


@pytest.mark.parametrize("n", sorted(SETS))
def test_gold_quotes_and_surfaces_occur_in_their_articles(n: int) -> None:
    gold = load_bench_module("evaluate_set").load_gold(SETS[n])
    assert len(gold) == ARTICLES[n]
    for name, g in gold.items():
        text = (SETS[n] / name).read_text(encoding="utf-8")
        for e in g.get("events") or []:
            assert e["quote"] in text, (name, e["quote"])
        for e in g.get("entities") or []:
            assert any(s in text for s in e["surface"]), (name, e["name"])


@pytest.mark.parametrize("n", sorted(SETS))
def test_floors(n: int) -> None:
    ev = load_bench_module("evaluate_set")
    ents, _, _, events, _ = _scores(n)
    for t in ("person", "organization", "place"):
        summary = ev.report(*_scores(n)[:4], quiet=True)
        assert ents.recall(t) >= FLOORS[n][t][0] and ents.precision(t) >= FLOORS[n][t][1], (t, summary)
    recall = events.n_found / events.n_gold
    precision = events.n_pred_matched / (events.n_pred - events.n_pred_ignored)
    dated = events.n_dated_right / events.n_gold
    r, p, d = FLOORS[n]["events"]
    assert recall >= r and precision >= p and dated >= d, ev.report(*_scores(n)[:4], quiet=True)
    assert events.multi_merged / events.multi >= FLOORS[n]["merged"]


def test_a_set_built_in_this_process_is_the_set_built_by_the_command(tmp_path: Path) -> None:
    """The floors build each set in this process (the extractors load once for all of them): the tables must be
    byte for byte those of the command run on its own, after other sets were built in this process too."""
    ev = load_bench_module("evaluate_set")
    for n in (7, 6):
        ev.build_with_set(SETS[n], tmp_path / f"in-{n}", in_process=True)
    alone = ev.build_with_set(SETS[6], tmp_path / "alone")
    tables = sorted(p.relative_to(alone) for p in (alone / "data").glob("*.csv"))
    assert len(tables) >= 10
    for rel in tables:
        assert (tmp_path / "in-6" / "out" / rel).read_bytes() == (alone / rel).read_bytes(), rel


def test_the_trust_table_tallies_add_up_to_the_headline_scores() -> None:
    """bench/trust_table.py sums the rows of each kind: every dimension counts each scored event report once."""
    events = _scores(142)[3]
    scored = events.n_pred - events.n_pred_ignored
    for dim in ("type", "status", "date", "articles"):
        assert sum(n for (d, _, what), n in events.rows.items() if d == dim and what == "predicted") == scored
        assert sum(n for (d, _, what), n in events.rows.items() if d == dim and what == "matched") == (
            events.n_pred_matched
        )
    assert sum(n for (_, what), n in events.gold_kinds.items() if what == "gold") == events.n_gold
    assert sum(n for (_, what), n in events.gold_kinds.items() if what == "found") == events.n_found
    assert sum(n for (_, what), n in events.gold_kinds.items() if what == "dated") == events.n_dated_right


# A second, independent annotation of a set: how far two readers agree (the ceiling of any extractor), scored with
# the evaluation's own matching; the floors sit a little under the agreement measured when it was written.
SECOND_ANNOTATION_FLOORS = {113: (0.70, 0.82, 0.65), 114: (0.88, 0.90, 0.80)}  # events recall, precision, right date


@pytest.mark.parametrize("n", sorted(SECOND_ANNOTATION_FLOORS))
def test_a_second_annotation_agrees_with_the_first(n: int) -> None:
    agree = load_bench_module("annotator_agreement")
    ents, events = agree.agreement(SETS[n], SETS[n] / "gold_second.yaml")
    r, p, d = SECOND_ANNOTATION_FLOORS[n]
    assert events.n_found / events.n_gold >= r
    assert events.n_pred_matched / (events.n_pred - events.n_pred_ignored) >= p
    assert events.n_dated_right / events.n_gold >= d
    assert min(ents.recall(t) for t in ("person", "organization", "place")) >= 0.85
