"""The rule families of the quote pass, one module each: verbal cues (:mod:`.frames` finds how a
reporting verb introduces its content, :mod:`.verbal` turns the frame into a statement or a
credit), nominal cues, headlines and quotations without a cue. :mod:`.base` has what every rule
declares. Each rule is a function that returns candidates and changes nothing; the assembler
(:mod:`newskit.quotes.assemble`) records them and lists every rule (:func:`~newskit.quotes.assemble.all_rules`).
"""
