"""What people/ tells other apps without importing them.

rows_moved: sent by organization_merge, inside its transaction, once for each model whose rows now
point at the kept organisation (moved, or folded into a row already there); `sender` is the model and
`rows` the rows saved. The agreements app moves the version of the agreements those rows belong to,
so that a change form opened before the merge is refused as stale (agreements/locking.py).
"""

from django.dispatch import Signal

rows_moved = Signal()
