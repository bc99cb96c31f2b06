"""Events: what happened, when, where and who took part, one row per real event.

Layers, each importing only those below it:
- prefilter (where a pattern may start: the trigger patterns are tried only there, with the same matches);
- lexicon (lexicon.yaml: the vocabulary, roles and trigger patterns, as data), context (article-level inputs)
  and cues (language cues);
- clauses, dating, titles, parties, participants: the parts of reading one clause;
- claims: per-article event claims (extract_events); commentary: the sayings of commentators left out of them;
- merge: one event per real event across articles (cluster_claims, event_rows);
- curation: reviewed corrections from seeds/events.yaml around the merge (load_event_curation, merge_events).
"""
