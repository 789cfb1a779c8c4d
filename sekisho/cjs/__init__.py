"""The jailbreak registry: reports scored on the Cyber Jailbreak Severity scale (CJS).

    score.py     the draft rubric, pure: axes, allowed values, stop rule, bands, floor
    report.py    the report, its assessments and history, and the status machine
    clocks.py    response clocks per level, business-day arithmetic
    tables.py    the database tables (migration m003)
    registry.py  storage: intake, move, assess, verify, edit, history
    verify.py    a report's prompts as an evaluation suite run against the safeguard
    export.py    the shareable JSON document, and importing one
    metrics.py   open and overdue reports for /metrics
    commands.py  `sekisho cjs ...`
    api.py       `/admin/cjs/...`
"""
