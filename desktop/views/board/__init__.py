"""The task board screen: the Gantt-style monthly board, its model, moves, legend, subtask editor and the fast first paint."""
