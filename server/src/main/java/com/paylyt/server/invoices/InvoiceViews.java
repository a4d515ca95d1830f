package com.paylyt.server.invoices;

import com.paylyt.model.api.InvoiceView;
import com.paylyt.server.lightning.QrCodes;

/** Turns stored invoices into API views. */
public final class InvoiceViews {

    private InvoiceViews() {
    }

    /** Returns the full view, with the QR code rendered from the payment request. */
    public static InvoiceView withQrCode(Invoice invoice) {
        return view(invoice, QrCodes.pngDataUri(invoice.paymentRequest()));
    }

    /** Returns the view without the QR code, for responses that are polled often. */
    public static InvoiceView withoutQrCode(Invoice invoice) {
        return view(invoice, null);
    }

    private static InvoiceView view(Invoice invoice, String qrCode) {
        return new InvoiceView(invoice.id(), invoice.jobId(), invoice.paymentRequest(), invoice.amount().value(),
                invoice.amount().toBtc(), invoice.status(), invoice.expiresAt(), qrCode);
    }
}
