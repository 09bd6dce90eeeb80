package org.emporium.web.backoffice.finance;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.Ledger;
import org.emporium.payment.entity.JournalEntry;
import org.emporium.payment.entity.JournalLine;

/**
 * Finance's CSV files (UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese right):
 * {@code /finance/ledger.csv} the newest ledger entries, one row per line with the entry's accounting fields;
 * {@code /finance/gift-cards.csv?batch=ID} a batch's card codes, for printing.
 */
@WebServlet({"/finance/ledger.csv", "/finance/gift-cards.csv"})
@ServletSecurity(@HttpConstraint(rolesAllowed = Accounts.FINANCE))
@DeclareRoles(Accounts.FINANCE)
public class LedgerExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_ENTRIES = 10_000;

    @Inject
    Ledger ledger;

    @Inject
    GiftCards giftCards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean cards = request.getServletPath().endsWith("gift-cards.csv");
        List<String> codes = null;
        if (cards) {
            try {
                codes = giftCards.codes(Long.parseLong(request.getParameter("batch")));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + (cards ? "gift-cards" : "ledger") + ".csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        if (cards) {
            out.write("code\r\n");
            codes.forEach(code -> out.write(code + "\r\n"));
            return;
        }
        out.write(header() + "\r\n");
        for (JournalEntry entry : ledger.latest(MAX_ENTRIES)) {
            for (JournalLine line : entry.getLines()) {
                out.write(row(entry, line) + "\r\n");
            }
        }
    }

    static String header() {
        return "voucher,posted_at,kind,order,channel,fee,settlement_date,operator,subject_code,subject,reference,debit,credit,memo";
    }

    static String row(JournalEntry entry, JournalLine line) {
        return String.join(
                ",",
                csv(entry.getVoucherNumber()),
                csv(entry.getPostedAt().toString()),
                csv(entry.getKind().name()),
                csv(entry.getOrderNumber()),
                csv(entry.getChannel()),
                entry.getFee().toPlainString(),
                entry.getSettlementDate().toString(),
                csv(entry.getOperator()),
                csv(line.getSubjectCode()),
                csv(line.getSubject().name()),
                csv(line.getReference()),
                line.getDebit().toPlainString(),
                line.getCredit().toPlainString(),
                csv(entry.getMemo()));
    }

    /** A CSV field: quoted when it needs it; a leading =, +, - or @ is defused so no spreadsheet runs it. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\""
                : v;
    }
}
