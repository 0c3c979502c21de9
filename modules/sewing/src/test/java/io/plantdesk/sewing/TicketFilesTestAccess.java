package io.plantdesk.sewing;

/** Lets the ticket screen's test (another package) read a QR code the way TicketFilesTest does. */
public final class TicketFilesTestAccess {

    private TicketFilesTestAccess() {}

    public static String decode(int[] argb, int width, int height) throws Exception {
        return TicketFilesTest.decode(argb, width, height);
    }
}
