"""The rule families of the quote pass, one module each: verbal cues (frames, then quotes), nominal
cues, headlines and quotations without a cue."""
