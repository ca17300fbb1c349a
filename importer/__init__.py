"""Import legacy district portal pages (text dumps or saved HTML) as archive articles."""
