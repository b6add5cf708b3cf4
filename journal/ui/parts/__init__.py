"""What every feature's window part builds on: the row model, the dialog base, date
fields, ticks, empty notes, guarded undo commands, the journal's facade.
"""
