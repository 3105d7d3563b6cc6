"""An invoice or credit note as a PDF (fpdf2, A4, the core font Helvetica), made from its stored snapshot only.

Nothing here reads the order, the plan or the settings: the PDF of an invoice says what the invoice
said on the day it was issued, whenever it is rendered. The core fonts cover latin-1, so text goes
through ``journals.demo.pdf.to_latin1`` (which also writes the euro sign as ``EUR``).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from journals.demo.pdf import to_latin1
from sales.invoices import euros, vat_rate_text
from sales.models import Invoice

LEFT = 20.0
WIDTH = 170.0  # A4 (210 mm) less the margins
COLUMNS = (85.0, 28.0, 29.0, 28.0)  # description, net, VAT, total


def _date(value: datetime.date | str) -> str:
    day = datetime.date.fromisoformat(value) if isinstance(value, str) else value
    return formats.date_format(day, "j F Y")


def _line_text(line: dict[str, Any]) -> str:
    text = f"{line['journal']}: {line['plan']}"
    if line.get("is_renewal"):
        text += " " + _("(verlenging)")
    period = _("periode %(start)s t/m %(end)s") % {
        "start": _date(line["period_start"]),
        "end": _date(line["period_end"]),
    }
    return f"{text}\n{period}"


class _Pdf(FPDF):
    def text_line(self, text: str, *, size: float = 10, style: str = "", height: float = 5, align: str = "L") -> None:
        self.set_font("helvetica", style, size)
        self.cell(WIDTH, height, to_latin1(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render_invoice_pdf(invoice: Invoice) -> bytes:
    """The PDF of ``invoice`` as bytes."""
    seller, buyer = invoice.seller, invoice.buyer
    is_credit = invoice.kind == Invoice.Kind.CREDIT_NOTE
    title = _("Creditnota") if is_credit else _("Factuur")

    pdf = _Pdf(format="A4", unit="mm")
    pdf.set_margins(LEFT, 20, LEFT)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(to_latin1(f"{title} {invoice.number}"))
    pdf.set_author(to_latin1(seller.get("name", "")))
    pdf.set_creation_date(datetime.datetime.combine(invoice.issued_on, datetime.time(), tzinfo=datetime.UTC))
    pdf.add_page()

    # The seller.
    pdf.text_line(seller.get("name", ""), size=14, style="B", height=7)
    for part in (seller.get("address", "") or "").split("\n"):
        pdf.text_line(part.strip())
    if seller.get("kvk"):
        pdf.text_line(_("KvK-nummer: %(kvk)s") % {"kvk": seller["kvk"]})
    if seller.get("vat_number"):
        pdf.text_line(_("Btw-nummer: %(vat)s") % {"vat": seller["vat_number"]})
    pdf.ln(8)

    # The buyer.
    pdf.text_line(_("Aan"), style="B")
    for part in (
        buyer.get("organisation", ""),
        buyer.get("name", ""),
        buyer.get("street", ""),
        f"{buyer.get('postcode', '')} {buyer.get('city', '')}".strip(),
        buyer.get("country", "") if buyer.get("country", "NL") != "NL" else "",
        buyer.get("email", ""),
    ):
        if part:
            pdf.text_line(part)
    if buyer.get("vat_number"):
        pdf.text_line(_("Btw-nummer: %(vat)s") % {"vat": buyer["vat_number"]})
    pdf.ln(8)

    # What this document is.
    pdf.text_line(title, size=16, style="B", height=8)
    pdf.text_line(_("Nummer: %(number)s") % {"number": invoice.number})
    pdf.text_line(_("Datum: %(date)s") % {"date": _date(invoice.issued_on)})
    if is_credit and invoice.credits_id:
        credited = invoice.lines[0].get("credits", "") if invoice.lines else ""
        pdf.text_line(_("Crediteert factuur %(number)s") % {"number": credited})
    pdf.ln(6)

    # The lines.
    pdf.set_font("helvetica", "B", 9)
    headings = (_("Omschrijving"), _("Excl. btw"), _("Btw"), _("Totaal"))
    for width, heading, align in zip(COLUMNS, headings, "LRRR", strict=True):
        pdf.cell(width, 6, to_latin1(heading), border="B", align=align)
    pdf.ln(7)
    pdf.set_font("helvetica", "", 9)
    for line in invoice.lines:
        top = pdf.get_y()
        pdf.multi_cell(COLUMNS[0], 5, to_latin1(_line_text(line)), new_x=XPos.RIGHT, new_y=YPos.TOP)
        bottom = pdf.get_y()
        pdf.set_y(top)
        pdf.set_x(LEFT + COLUMNS[0])
        vat = f"{vat_rate_text(line['vat_rate'])}: EUR {euros(line['vat_cents'])}"
        for width, text in zip(
            COLUMNS[1:], (f"EUR {euros(line['net_cents'])}", vat, f"EUR {euros(line['total_cents'])}"), strict=True
        ):
            pdf.cell(width, 5, to_latin1(text), align="R")
        pdf.set_y(max(bottom, top + 10) + 2)
    pdf.set_draw_color(0)
    pdf.line(LEFT, pdf.get_y(), LEFT + WIDTH, pdf.get_y())
    pdf.ln(3)

    # The totals.
    rate = vat_rate_text(invoice.vat_rate)
    for label, cents, style in (
        (_("Totaal exclusief btw"), invoice.net_cents, ""),
        (_("Btw %(rate)s") % {"rate": rate}, invoice.vat_cents, ""),
        (_("Totaal inclusief btw"), invoice.total_cents, "B"),
    ):
        pdf.set_font("helvetica", style, 10)
        pdf.cell(WIDTH - 40, 6, to_latin1(label), align="R")
        pdf.cell(40, 6, to_latin1(f"EUR {euros(cents)}"), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)

    if is_credit:
        note = _("Het bedrag is of wordt teruggestort via de betaalwijze waarmee u betaalde.")
    else:
        note = _("Deze factuur is voldaan: u hebt het bedrag al online betaald.")
    pdf.text_line(note, size=9)
    return bytes(pdf.output())
