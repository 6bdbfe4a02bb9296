"""Human-facing outputs: the self-contained HTML report and the Excel workbook."""
