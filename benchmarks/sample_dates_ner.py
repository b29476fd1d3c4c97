"""Draw blind date test sentences from the NER corpora in ../shared/data/ner (PEYMA's test
split, ArmanPersoNER's fold-1 test file, ParsTwiNER's test tweets): text the date finder was
never tuned on.

fars-dev has no article left that an earlier blind set has not used (see
benchmarks/data/dates_blind5.md), so later blind sets come from here. These sentences stand
alone and carry no publication date, so each corpus gets one nominal publication date, fixed
below before any annotation; relative dates ("دیروز", "سال گذشته") and dates without a year are
resolved against it, as they would be against an article's stamp.

Deterministic, like benchmarks/sample_dates_blind.py (same sentence length bounds, same
``has_cue``): sentences of 40-400 characters, each keyed by the SHA-256 of a salted
``corpus:index``; the cue stratum is the first ``--cue`` cue sentences in key order, the plain
stratum the first ``--plain`` of the others. Only the corpus name, the sentence's index in its
file and the nominal date are printed, one JSONL line per sentence; the text stays in ../shared.

    python benchmarks/sample_dates_ner.py peyma-test [--cue 150] [--plain 50]
    python benchmarks/sample_dates_ner.py arman-test

``--exclude FILE`` skips the sentences an earlier set drew from the same corpus; the second
round (dates_blind8.jsonl, dates_blind9.jsonl) is all cue sentences:

    python benchmarks/sample_dates_ner.py peyma-test --exclude benchmarks/data/dates_blind6.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-test --exclude benchmarks/data/dates_blind7.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-test --cue 110 --plain 0

The third round (dates_blind11.jsonl, dates_blind12.jsonl): what PEYMA's test split has left,
and ArmanPersoNER's train file:

    python benchmarks/sample_dates_ner.py peyma-test --exclude benchmarks/data/dates_blind6.jsonl --exclude benchmarks/data/dates_blind8.jsonl --cue 77 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --cue 200 --plain 0

The fourth round (dates_blind13.jsonl .. dates_blind15.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --cue 150 --plain 0

The fifth round (dates_blind16.jsonl, dates_blind17.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --cue 200 --plain 0

The sixth round (dates_blind18.jsonl, dates_blind19.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --cue 200 --plain 0

The seventh round (dates_blind20.jsonl, dates_blind21.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --exclude benchmarks/data/dates_blind19.jsonl --cue 200 --plain 0

The eighth round (dates_blind22.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --cue 200 --plain 0

The ninth round (dates_blind23.jsonl, dates_blind24.jsonl), skipping the sentences whose "امروز"
were labelled for the learned check (benchmarks/data/today_labels.jsonl):

    python benchmarks/sample_dates_ner.py peyma-dev --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-test --exclude benchmarks/data/dates_blind7.jsonl --exclude benchmarks/data/dates_blind9.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The tenth round (dates_blind25.jsonl, dates_blind26.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --exclude benchmarks/data/dates_blind19.jsonl --exclude benchmarks/data/dates_blind21.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The eleventh round (dates_blind27.jsonl, dates_blind28.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-test --exclude benchmarks/data/dates_blind7.jsonl --exclude benchmarks/data/dates_blind9.jsonl --exclude benchmarks/data/dates_blind24.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The twelfth round (dates_blind29.jsonl, dates_blind30.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --exclude benchmarks/data/dates_blind19.jsonl --exclude benchmarks/data/dates_blind21.jsonl --exclude benchmarks/data/dates_blind26.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The thirteenth round (dates_blind31.jsonl, dates_blind32.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --exclude benchmarks/data/dates_blind19.jsonl --exclude benchmarks/data/dates_blind21.jsonl --exclude benchmarks/data/dates_blind26.jsonl --exclude benchmarks/data/dates_blind30.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The fourteenth round (dates_blind33.jsonl, dates_blind34.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --exclude benchmarks/data/dates_blind19.jsonl --exclude benchmarks/data/dates_blind21.jsonl --exclude benchmarks/data/dates_blind26.jsonl --exclude benchmarks/data/dates_blind30.jsonl --exclude benchmarks/data/dates_blind32.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The fifteenth round (dates_blind35.jsonl, dates_blind36.jsonl):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/dates_blind33.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-test --exclude benchmarks/data/dates_blind7.jsonl --exclude benchmarks/data/dates_blind9.jsonl --exclude benchmarks/data/dates_blind24.jsonl --exclude benchmarks/data/dates_blind28.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The sixteenth round (dates_blind37.jsonl, dates_blind38.jsonl: all that PEYMA's dev split had left):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/dates_blind33.jsonl --exclude benchmarks/data/dates_blind35.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py peyma-dev --exclude benchmarks/data/dates_blind23.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 137 --plain 0

The seventeenth round (dates_blind39.jsonl, dates_blind40.jsonl: all that Arman's train file had left):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/dates_blind33.jsonl --exclude benchmarks/data/dates_blind35.jsonl --exclude benchmarks/data/dates_blind37.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-train --exclude benchmarks/data/dates_blind12.jsonl --exclude benchmarks/data/dates_blind14.jsonl --exclude benchmarks/data/dates_blind17.jsonl --exclude benchmarks/data/dates_blind19.jsonl --exclude benchmarks/data/dates_blind21.jsonl --exclude benchmarks/data/dates_blind26.jsonl --exclude benchmarks/data/dates_blind30.jsonl --exclude benchmarks/data/dates_blind32.jsonl --exclude benchmarks/data/dates_blind34.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 153 --plain 0

The eighteenth round (dates_blind41.jsonl, dates_blind42.jsonl: all that Arman's test file had left):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/dates_blind33.jsonl --exclude benchmarks/data/dates_blind35.jsonl --exclude benchmarks/data/dates_blind37.jsonl --exclude benchmarks/data/dates_blind39.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py arman-test --exclude benchmarks/data/dates_blind7.jsonl --exclude benchmarks/data/dates_blind9.jsonl --exclude benchmarks/data/dates_blind24.jsonl --exclude benchmarks/data/dates_blind28.jsonl --exclude benchmarks/data/dates_blind36.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 55 --plain 0

The nineteenth round (dates_blind43.jsonl and dates_blind44.jsonl: the 260 cue sentences PEYMA's train
split had left, in two halves; dates_blind45.jsonl: ParsTwiNER's train tweets):

    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/dates_blind33.jsonl --exclude benchmarks/data/dates_blind35.jsonl --exclude benchmarks/data/dates_blind37.jsonl --exclude benchmarks/data/dates_blind39.jsonl --exclude benchmarks/data/dates_blind41.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 130 --plain 0
    python benchmarks/sample_dates_ner.py peyma-train --exclude benchmarks/data/dates_blind13.jsonl --exclude benchmarks/data/dates_blind16.jsonl --exclude benchmarks/data/dates_blind18.jsonl --exclude benchmarks/data/dates_blind20.jsonl --exclude benchmarks/data/dates_blind22.jsonl --exclude benchmarks/data/dates_blind25.jsonl --exclude benchmarks/data/dates_blind27.jsonl --exclude benchmarks/data/dates_blind29.jsonl --exclude benchmarks/data/dates_blind31.jsonl --exclude benchmarks/data/dates_blind33.jsonl --exclude benchmarks/data/dates_blind35.jsonl --exclude benchmarks/data/dates_blind37.jsonl --exclude benchmarks/data/dates_blind39.jsonl --exclude benchmarks/data/dates_blind41.jsonl --exclude benchmarks/data/dates_blind43.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 130 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twentieth round (dates_blind46.jsonl and dates_blind47.jsonl: the first 300 cue sentences of
NSURL-2019's news files, in two halves):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-first round (dates_blind48.jsonl and dates_blind49.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-second round (dates_blind50.jsonl and dates_blind51.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-third round (dates_blind52.jsonl and dates_blind53.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-fourth round (dates_blind54.jsonl and dates_blind55.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-fifth round (dates_blind56.jsonl and dates_blind57.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-sixth round (dates_blind58.jsonl and dates_blind59.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-seventh round (dates_blind60.jsonl and dates_blind61.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-eighth round (dates_blind62.jsonl and dates_blind63.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The twenty-ninth round (dates_blind64.jsonl and dates_blind65.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirtieth round (dates_blind66.jsonl and dates_blind67.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-first round (dates_blind68.jsonl and dates_blind69.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-second round (dates_blind70.jsonl and dates_blind71.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-third round (dates_blind72.jsonl and dates_blind73.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-fourth round (dates_blind74.jsonl and dates_blind75.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-fifth round (dates_blind76.jsonl and dates_blind77.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-sixth round (dates_blind78.jsonl and dates_blind79.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/dates_blind77.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/dates_blind77.jsonl --exclude benchmarks/data/dates_blind78.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-seventh round (dates_blind80.jsonl and dates_blind81.jsonl: the next 300 of NSURL's):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/dates_blind77.jsonl --exclude benchmarks/data/dates_blind78.jsonl --exclude benchmarks/data/dates_blind79.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/dates_blind77.jsonl --exclude benchmarks/data/dates_blind78.jsonl --exclude benchmarks/data/dates_blind79.jsonl --exclude benchmarks/data/dates_blind80.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 150 --plain 0

The thirty-eighth round (dates_blind82.jsonl and dates_blind83.jsonl: NSURL's last 263 cue sentences, halved):

    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/dates_blind77.jsonl --exclude benchmarks/data/dates_blind78.jsonl --exclude benchmarks/data/dates_blind79.jsonl --exclude benchmarks/data/dates_blind80.jsonl --exclude benchmarks/data/dates_blind81.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 132 --plain 0
    python benchmarks/sample_dates_ner.py nsurl --exclude benchmarks/data/dates_blind46.jsonl --exclude benchmarks/data/dates_blind47.jsonl --exclude benchmarks/data/dates_blind48.jsonl --exclude benchmarks/data/dates_blind49.jsonl --exclude benchmarks/data/dates_blind50.jsonl --exclude benchmarks/data/dates_blind51.jsonl --exclude benchmarks/data/dates_blind52.jsonl --exclude benchmarks/data/dates_blind53.jsonl --exclude benchmarks/data/dates_blind54.jsonl --exclude benchmarks/data/dates_blind55.jsonl --exclude benchmarks/data/dates_blind56.jsonl --exclude benchmarks/data/dates_blind57.jsonl --exclude benchmarks/data/dates_blind58.jsonl --exclude benchmarks/data/dates_blind59.jsonl --exclude benchmarks/data/dates_blind60.jsonl --exclude benchmarks/data/dates_blind61.jsonl --exclude benchmarks/data/dates_blind62.jsonl --exclude benchmarks/data/dates_blind63.jsonl --exclude benchmarks/data/dates_blind64.jsonl --exclude benchmarks/data/dates_blind65.jsonl --exclude benchmarks/data/dates_blind66.jsonl --exclude benchmarks/data/dates_blind67.jsonl --exclude benchmarks/data/dates_blind68.jsonl --exclude benchmarks/data/dates_blind69.jsonl --exclude benchmarks/data/dates_blind70.jsonl --exclude benchmarks/data/dates_blind71.jsonl --exclude benchmarks/data/dates_blind72.jsonl --exclude benchmarks/data/dates_blind73.jsonl --exclude benchmarks/data/dates_blind74.jsonl --exclude benchmarks/data/dates_blind75.jsonl --exclude benchmarks/data/dates_blind76.jsonl --exclude benchmarks/data/dates_blind77.jsonl --exclude benchmarks/data/dates_blind78.jsonl --exclude benchmarks/data/dates_blind79.jsonl --exclude benchmarks/data/dates_blind80.jsonl --exclude benchmarks/data/dates_blind81.jsonl --exclude benchmarks/data/dates_blind82.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 131 --plain 0

The thirty-ninth round (dates_blind84.jsonl and dates_blind85.jsonl: 400 more of ParsTwiNER's train tweets, halved):

    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The fortieth round (dates_blind86.jsonl and dates_blind87.jsonl: the next 400 train tweets, halved):

    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The forty-first round (dates_blind88.jsonl and dates_blind89.jsonl: the next 400 train tweets, halved):

    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/dates_blind87.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/dates_blind87.jsonl --exclude benchmarks/data/dates_blind88.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The forty-second round (dates_blind90.jsonl and dates_blind91.jsonl: the next 400 train tweets, halved):

    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/dates_blind87.jsonl --exclude benchmarks/data/dates_blind88.jsonl --exclude benchmarks/data/dates_blind89.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/dates_blind87.jsonl --exclude benchmarks/data/dates_blind88.jsonl --exclude benchmarks/data/dates_blind89.jsonl --exclude benchmarks/data/dates_blind90.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 200 --plain 0

The forty-third round (dates_blind92.jsonl and dates_blind93.jsonl: the last 367 cue tweets of the train file, halved):

    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/dates_blind87.jsonl --exclude benchmarks/data/dates_blind88.jsonl --exclude benchmarks/data/dates_blind89.jsonl --exclude benchmarks/data/dates_blind90.jsonl --exclude benchmarks/data/dates_blind91.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 184 --plain 0
    python benchmarks/sample_dates_ner.py parstwiner-train --exclude benchmarks/data/dates_blind15.jsonl --exclude benchmarks/data/dates_blind45.jsonl --exclude benchmarks/data/dates_blind84.jsonl --exclude benchmarks/data/dates_blind85.jsonl --exclude benchmarks/data/dates_blind86.jsonl --exclude benchmarks/data/dates_blind87.jsonl --exclude benchmarks/data/dates_blind88.jsonl --exclude benchmarks/data/dates_blind89.jsonl --exclude benchmarks/data/dates_blind90.jsonl --exclude benchmarks/data/dates_blind91.jsonl --exclude benchmarks/data/dates_blind92.jsonl --exclude benchmarks/data/today_labels.jsonl --cue 183 --plain 0
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import peyma  # noqa: E402
from sample_dates_blind import MAX_LEN, MIN_LEN, has_cue  # noqa: E402

SALT = "dates-blind-ner-v1"
# corpus name -> (file under data/ner, reader, nominal publication date (Jalali, with a time))
CORPORA = {
    "peyma-test": ("peyma/test.txt", peyma.sentences, "1395-03-15 12:00"),
    "arman-test": ("arman-fold1/test_fold1.txt", peyma.arman_sentences, "1394-09-20 12:00"),
    # tweets, token<TAB>tag: the same IOB reader
    "parstwiner-test": ("parstwiner/test.txt", peyma.arman_sentences, "1399-11-20 12:00"),
    # ArmanPersoNER's fold-1 train file: more of the same text, never read for the finder
    "arman-train": ("arman-fold1/train_fold1.txt", peyma.arman_sentences, "1394-09-20 12:00"),
    # PEYMA's train split (dates_blind13.md feared its documents were inside NSURL-2019, whose
    # span errors were read while tuning; they are not: see "nsurl" below)
    "peyma-train": ("peyma/train.txt", peyma.sentences, "1395-03-15 12:00"),
    "parstwiner-train": ("parstwiner/train.txt", peyma.arman_sentences, "1399-11-20 12:00"),
    # drawn for the "امروز" labels (benchmarks/sample_today.py) and for sets 23 and 38
    "peyma-dev": ("peyma/dev.txt", peyma.sentences, "1395-03-15 12:00"),
    "parstwiner-dev": ("parstwiner/dev.txt", peyma.arman_sentences, "1399-11-20 12:00"),
    # NSURL-2019's files in file order: other news than PEYMA's (of PEYMA's 9,979 sentences only
    # 20 of 40 characters or more, agency boilerplate, have their letters in them); a few dozen
    # were read as span errors of bench_dates_peyma.py --split nsurl while tuning, and 501
    # "امروز" sentences for today_labels.jsonl
    "nsurl": ("nsurl-600k", peyma.nsurl_all, "1395-03-15 12:00"),
}


# every corpus but NSURL's 600k tokens of the same agencies' copy: the text that whole-corpus checks
# (dates_snapshot.py, shared_overlap.py) read, fast enough to read on every run
CHECKED_CORPORA = tuple(c for c in CORPORA if c != "nsurl")


@functools.lru_cache(maxsize=None)
def texts(shared: Path, corpus: str) -> tuple[str, ...]:
    """Every sentence of ``corpus`` in file order (index = position); read once per process, as
    the benchmarks and tests load many sets of one corpus."""
    rel, reader, _ = CORPORA[corpus]
    return tuple(text for text, _ in reader(shared / "data" / "ner" / rel))


def key(*parts, salt: str = SALT) -> str:
    return hashlib.sha256(":".join([salt, *map(str, parts)]).encode("utf-8")).hexdigest()


def used_sentences(paths) -> dict[str, set[int]]:
    """corpus -> the sentence indices that the JSONL files ``paths`` (earlier sets) draw on."""
    used: dict[str, set[int]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip() and "corpus" in (rec := json.loads(line)):
                    used.setdefault(rec["corpus"], set()).add(rec["sentence"])
    return used


def sample(shared: Path, corpus: str, n_cue: int = 150, n_plain: int = 50, exclude=()):
    """``exclude``: JSONL files of earlier sets; their sentences of this corpus are skipped."""
    used_before = used_sentences(exclude).get(corpus, set())
    sents = texts(shared, corpus)
    eligible = sorted((i for i, t in enumerate(sents) if MIN_LEN <= len(t) <= MAX_LEN and i not in used_before),
                      key=lambda i: key(corpus, i))
    cue = [i for i in eligible if has_cue(sents[i])][:n_cue]
    used = set(cue)
    plain = [i for i in eligible if i not in used][:n_plain]
    if len(cue) < n_cue or len(plain) < n_plain:
        raise SystemExit(f"only {len(cue)} cue and {len(plain)} plain sentences available")
    return cue + plain


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("NEWSFACTS_SHARED", HERE.parents[0].parent / "shared")))
    ap.add_argument("--cue", type=int, default=150)
    ap.add_argument("--plain", type=int, default=50)
    ap.add_argument("--exclude", type=Path, action="append", default=[], metavar="FILE",
                    help="skip the sentences an earlier set (JSONL) drew from this corpus (repeatable)")
    args = ap.parse_args(argv)
    rel = CORPORA[args.corpus][0]
    if not (args.shared / "data" / "ner" / rel).exists():
        print(f"{rel} not found under {args.shared}/data/ner", file=sys.stderr)
        return 1
    published = CORPORA[args.corpus][2]
    for i in sample(args.shared, args.corpus, args.cue, args.plain, args.exclude):
        print(json.dumps({"corpus": args.corpus, "sentence": i, "published": published}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
