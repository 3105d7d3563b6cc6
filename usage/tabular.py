"""COUNTER Release 5.1 tabular reports: the TSV and Excel forms of a JSON report (CoP R5.1 3.2, 4 and 5.2).

Both forms are one table: the 13 header rows (names in column A, values in column B, exactly as Table 3.f
spells them), a blank 14th row, the column headings and one row per item, attribute combination and
Metric_Type. The columns and their order are those of the CoP's tables for each report (4.b, 4.k, 4.p);
the optional ones appear when the report shows them. Rows whose Reporting_Period_Total would be zero are
left out; a month without usage in a row that has some is 0 (CoP 3.3.9). With Granularity Totals the
month columns are left out (Exclude_Monthly_Details=True).

The TSV is UTF-8 text with a byte order mark (CoP 5.2: SHOULD, so spreadsheet programs read the encoding),
tab-separated and unquoted: tabs and line breaks inside values become spaces. The Excel file has the same
table on one sheet, counts as numbers and every text as text (never a formula).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import xlsxwriter

from usage.reports import ITEM_ATTRIBUTES, PERFORMANCE_ATTRIBUTES, REPORTS

Cell = str | int

HEADER_LABELS = (
    "Report_Name",
    "Report_ID",
    "Release",
    "Institution_Name",
    "Institution_ID",
    "Metric_Types",
    "Report_Filters",
    "Report_Attributes",
    "Exceptions",
    "Reporting_Period",
    "Created",
    "Created_By",
    "Registry_Record",
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: The order of the Report_Filters header entries (Begin_Date, End_Date and Metric_Type have rows of their own).
_FILTER_ORDER = (
    "Platform",
    "Data_Type",
    "Access_Type",
    "Access_Method",
    "YOP",
    "Item_ID",
    "Author",
    "Attributed",
    "Country_Code",
    "Subdivision_Code",
)
#: The order of identifier namespaces in Institution_ID and Publisher_ID (the platform's own last).
_ID_ORDER = ("ISIL", "ISNI", "OCLC", "ROR", "Proprietary")
_ITEM_IDS = ("DOI", "Proprietary_ID", "ISBN", "Print_ISSN", "Online_ISSN", "URI")
_PARENT_COLUMNS = (
    "Parent_Title",
    "Parent_Authors",
    "Parent_Publication_Date",
    "Parent_Article_Version",
    "Parent_Data_Type",
    "Parent_DOI",
    "Parent_Proprietary_ID",
    "Parent_ISBN",
    "Parent_Print_ISSN",
    "Parent_Online_ISSN",
    "Parent_URI",
)
_IR_A1_PARENT_COLUMNS = (
    "Parent_Title",
    "Parent_Authors",
    "Parent_Article_Version",
    "Parent_DOI",
    "Parent_Proprietary_ID",
    "Parent_Print_ISSN",
    "Parent_Online_ISSN",
    "Parent_URI",
)


def month_label(month: datetime.date) -> str:
    """The heading of a month column: ``Mmm-yyyy`` in English (``Jan-2026``), whatever the locale."""
    return f"{_MONTHS[month.month - 1]}-{month.year}"


def _months(begin: str, end: str) -> list[datetime.date]:
    first = datetime.date.fromisoformat(begin).replace(day=1)
    last = datetime.date.fromisoformat(end).replace(day=1)
    months = []
    while first <= last:
        months.append(first)
        first = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return months


def _identifiers(ids: Mapping[str, Any] | None) -> str:
    """Institution_ID or Publisher_ID as ``{namespace}:{value}; ...`` with one value per namespace.

    A Proprietary value already has the platform ID as its namespace (``leeszaal:12``).
    """
    if not ids:
        return ""
    parts = []
    for namespace in sorted(ids, key=lambda n: (_ID_ORDER.index(n) if n in _ID_ORDER else len(_ID_ORDER), n)):
        values = ids[namespace]
        value = values[0] if isinstance(values, list) and values else values
        if value:
            parts.append(str(value) if namespace == "Proprietary" else f"{namespace}:{value}")
    return "; ".join(parts)


def _joined(value: Any) -> str:
    return "|".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _report_filters(filters: Mapping[str, Any]) -> str:
    names = [name for name in filters if name not in ("Begin_Date", "End_Date", "Metric_Type")]
    names.sort(key=lambda n: (_FILTER_ORDER.index(n) if n in _FILTER_ORDER else len(_FILTER_ORDER), n))
    return "; ".join(f"{name}={_joined(filters[name])}" for name in names)


def _report_attributes(attributes: Mapping[str, Any]) -> str:
    parts = []
    if attributes.get("Attributes_To_Show"):
        parts.append(f"Attributes_To_Show={_joined(attributes['Attributes_To_Show'])}")
    for name in ("Include_Parent_Details", "Include_Component_Details"):
        if attributes.get(name) == "True":
            parts.append(f"{name}=True")
    if attributes.get("Granularity") in ("Totals", "Total"):
        parts.append("Exclude_Monthly_Details=True")
    return "; ".join(parts)


def _exceptions(exceptions: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for item in exceptions:
        text = f"{item['Code']}: {item['Message']}"
        if item.get("Data"):
            text += f" ({item['Data']})"
        parts.append(text)
    return "; ".join(parts)


def _authors(authors: Sequence[Mapping[str, str]] | None) -> str:
    """``Name (ORCID:0000-...)`` for each author, separated by semicolon-space (CoP 3.2, Table 3.i)."""
    names = []
    for author in authors or ():
        identifier = next((f"{ns}:{author[ns]}" for ns in ("ORCID", "ISNI") if author.get(ns)), "")
        names.append(f"{author.get('Name', '')} ({identifier})" if identifier else author.get("Name", ""))
    return "; ".join(names)


def _item_id(ids: Mapping[str, str] | None, column: str) -> str:
    key = "Proprietary" if column == "Proprietary_ID" else column
    return str((ids or {}).get(key, ""))


# Columns


def _shown(report: Mapping[str, Any]) -> tuple[tuple[str, ...], bool, bool]:
    """(attributes shown, parent columns, monthly columns) of a report."""
    header = report["Report_Header"]
    definition = REPORTS[header["Report_ID"]]
    attributes = header.get("Report_Attributes", {})
    if definition.is_master:
        shown = tuple(attributes.get("Attributes_To_Show", ()))
        parents = attributes.get("Include_Parent_Details") == "True"
    else:
        shown, parents = definition.shown, definition.parents
    monthly = attributes.get("Granularity") not in ("Totals", "Total")
    return shown, parents, monthly


def columns(report: Mapping[str, Any]) -> list[str]:
    """The column headings of the report body before Metric_Type (the item and attribute columns)."""
    report_id = report["Report_Header"]["Report_ID"]
    definition = REPORTS[report_id]
    shown, parents, _monthly = _shown(report)
    performance = [name for name in PERFORMANCE_ATTRIBUTES if name in shown]
    if report_id == "PR":
        return ["Platform", "Data_Type", *performance]
    if report_id == "PR_P1":
        return ["Platform"]
    if definition.level == "TR":
        identifiers = list(_ITEM_IDS) if definition.is_master else [c for c in _ITEM_IDS if c != "ISBN"]
        data_type = ["Data_Type"] if definition.is_master else []
        return ["Title", "Publisher", "Publisher_ID", "Platform", *identifiers, *data_type, *performance]
    if report_id == "IR_A1":
        identifiers = [c for c in _ITEM_IDS if c != "ISBN"]
        return [
            "Item",
            "Publisher",
            "Publisher_ID",
            "Platform",
            *ITEM_ATTRIBUTES,
            *identifiers,
            *_IR_A1_PARENT_COLUMNS,
            *performance,
        ]
    item_attributes = [name for name in ITEM_ATTRIBUTES if name in shown]
    parent = list(_PARENT_COLUMNS) if parents else []
    return [
        "Item",
        "Publisher",
        "Publisher_ID",
        "Platform",
        *item_attributes,
        *_ITEM_IDS,
        *parent,
        "Data_Type",
        *performance,
    ]


def _cell(column: str, item: Mapping[str, Any], parent: Mapping[str, Any], performance: Mapping[str, Any]) -> str:
    if column.startswith("Parent_"):
        name = column.removeprefix("Parent_")
        return str(parent.get(name, "")) if name in ("Title", "Data_Type") else _cell(name, parent, {}, {})
    if column in ("Title", "Item", "Publisher", "Platform", "Publication_Date", "Article_Version"):
        return str(item.get(column, ""))
    if column == "Publisher_ID":
        return _identifiers(item.get("Publisher_ID"))
    if column == "Authors":
        return _authors(item.get("Authors"))
    if column in _ITEM_IDS:
        return _item_id(item.get("Item_ID"), column)
    return str(performance.get(column, ""))


def _items(report: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """(item, parent) of every report item; the parent is empty outside the Item Reports."""
    level = REPORTS[report["Report_Header"]["Report_ID"]].level
    for entry in report.get("Report_Items", []):
        if level == "IR":
            for item in entry.get("Items", []):
                yield item, entry
        else:
            yield entry, {}


def body(report: Mapping[str, Any]) -> tuple[list[str], list[list[Cell]]]:
    """The column headings and the rows of the report body."""
    header = report["Report_Header"]
    filters = header["Report_Filters"]
    _shown_attributes, _parents, monthly = _shown(report)
    months = [f"{month:%Y-%m}" for month in _months(filters["Begin_Date"], filters["End_Date"])]
    described = columns(report)
    headings = [*described, "Metric_Type", "Reporting_Period_Total"]
    if monthly:
        headings += [month_label(datetime.date.fromisoformat(f"{month}-01")) for month in months]
    merged: dict[tuple[str, ...], dict[str, int]] = {}
    for item, parent in _items(report):
        for performance in item.get("Attribute_Performance", []):
            cells = [_cell(column, item, parent, performance) for column in described]
            for metric, counts in performance.get("Performance", {}).items():
                sums = merged.setdefault((*cells, metric), {})
                for month, count in counts.items():
                    sums[month] = sums.get(month, 0) + int(count)
    rows: list[list[Cell]] = []
    for key, counts in merged.items():
        total = sum(counts.values())
        if total == 0:
            continue
        row: list[Cell] = [*key, total]
        if monthly:
            row += [counts.get(month, 0) for month in months]
        rows.append(row)
    return headings, rows


def table(report: Mapping[str, Any]) -> list[list[Cell]]:
    """The whole tabular report: 13 header rows, the blank 14th row, the column headings and the body."""
    header = report["Report_Header"]
    definition = REPORTS[header["Report_ID"]]
    filters = header["Report_Filters"]
    metric_types = filters.get("Metric_Type") or list(definition.metric_types)
    values: dict[str, str] = {
        "Report_Name": header["Report_Name"],
        "Report_ID": header["Report_ID"],
        "Release": header["Release"],
        "Institution_Name": header.get("Institution_Name", ""),
        "Institution_ID": _identifiers(header.get("Institution_ID")),
        "Metric_Types": "; ".join(metric_types),
        "Report_Filters": _report_filters(filters),
        "Report_Attributes": _report_attributes(header.get("Report_Attributes", {})),
        "Exceptions": _exceptions(header.get("Exceptions", [])),
        "Reporting_Period": f"Begin_Date={filters['Begin_Date']}; End_Date={filters['End_Date']}",
        "Created": header["Created"],
        "Created_By": header["Created_By"],
        "Registry_Record": header.get("Registry_Record", ""),
    }
    rows: list[list[Cell]] = [[label, values[label]] for label in HEADER_LABELS]
    rows.append([])
    headings, body_rows = body(report)
    rows.append(list(headings))
    rows.extend(body_rows)
    return rows


def _text(cell: Cell) -> str:
    return str(cell).replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")


def to_tsv(report: dict[str, Any]) -> str:
    """The report as a COUNTER tabular report in TSV (with a byte order mark)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\r\n")
    for row in table(report):
        writer.writerow([_text(cell) for cell in row])
    return out.getvalue()


def to_xlsx(report: dict[str, Any]) -> bytes:
    """The report as a COUNTER tabular report in Excel: one sheet, named after the Report_ID."""
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet(str(report["Report_Header"]["Report_ID"])[:31])
    bold = workbook.add_format({"bold": True})
    rows = table(report)
    headings = len(HEADER_LABELS) + 1
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if isinstance(cell, int):
                sheet.write_number(r, c, cell)
            elif cell != "":
                sheet.write_string(r, c, _text(cell), bold if r == headings else None)
    sheet.set_column(0, 0, 36)
    sheet.set_column(1, 1, 28)
    workbook.close()
    return out.getvalue()
