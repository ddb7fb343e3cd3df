"""Imported by the extraction pool's server process (pool.py) before it forks any worker: builds the
process's Kiwi there and analyses one sentence (Kiwi loads the rest of its model on the first analysis:
0.8 s to build, 1.2 s more for the first sentence), so that every worker starts ready, sharing it
copy-on-write, instead of each paying those 2 s at the same moment as the others (two at once on two
busy cores took 5.5 s to the first result, one 2.3 s). Only a single string is analysed, never a list,
which is what keeps a forked child safe (korean.py).
"""

from .korean import get_kiwi

get_kiwi().tokenize("가온시와 나래전자는 시청에서 업무협약을 체결했다.")
