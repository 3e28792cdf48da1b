"""Disease signals: which notifiable diseases an article names, with the counts,
period and place it states. Pure code: text in, mentions out.

    from archive.signals import extract_mentions
    extract_mentions("Tuần 23: 45 ca sốt xuất huyết", "…")
"""

from .extract import Mention, extract_mentions, split_sentences
from .lexicon import lexicon
from .table import SIGNALS_VERSION, mention_rows

__all__ = ["Mention", "extract_mentions", "split_sentences", "lexicon", "mention_rows", "SIGNALS_VERSION"]
