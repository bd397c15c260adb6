"""The risk register screen: the table model, its rows and the heat map."""
