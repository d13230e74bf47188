package org.fuelwatch.delivery;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback SMTP relay in front of a real SMTP server (GreenMail) that answers RCPT TO for chosen addresses with a
 * chosen reply instead of passing it on, a given number of times or for ever, and can hold each message's final dot
 * back for a while. Everything else goes through unchanged, so the server behind it sees a normal session.
 */
final class FaultyRelay implements AutoCloseable {

    private static final Pattern RCPT = Pattern.compile("(?i)^RCPT TO:\\s*<([^>]*)>.*");

    private final ServerSocket server;
    private final int target;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private volatile long holdEndOfDataMillis;

    private record Fault(String reply, AtomicInteger remaining) {
    }

    FaultyRelay(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptAll, "faulty-relay");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Answers RCPT TO for this address with the reply the next {@code times} times (-1: always). */
    void fail(String address, String reply, int times) {
        faults.put(address.toLowerCase(Locale.ROOT), new Fault(reply, new AtomicInteger(times)));
    }

    void clearFaults() {
        faults.clear();
    }

    /** Holds each message's end-of-data line back this long, so that a delivery takes time. */
    void holdEndOfData(long millis) {
        holdEndOfDataMillis = millis;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> relay(client), "faulty-relay-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target)) {
            OutputStream toClient = client.getOutputStream();
            Thread back = new Thread(() -> pump(upstream, toClient), "faulty-relay-back");
            back.setDaemon(true);
            back.start();
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream toServer = upstream.getOutputStream();
            boolean data = false;
            byte[] line;
            while ((line = readLine(in)) != null) {
                String text = new String(line, StandardCharsets.ISO_8859_1).strip();
                if (data) {
                    if (text.equals(".")) {
                        data = false;
                        if (holdEndOfDataMillis > 0) {
                            Thread.sleep(holdEndOfDataMillis);
                        }
                    }
                } else {
                    Matcher rcpt = RCPT.matcher(text);
                    if (rcpt.matches()) {
                        Fault fault = faults.get(rcpt.group(1).toLowerCase(Locale.ROOT));
                        if (fault != null && fault.remaining().getAndUpdate(n -> n > 0 ? n - 1 : n) != 0) {
                            synchronized (toClient) {
                                toClient.write((fault.reply() + "\r\n").getBytes(StandardCharsets.US_ASCII));
                                toClient.flush();
                            }
                            continue;
                        }
                    } else if (text.equalsIgnoreCase("DATA")) {
                        data = true;
                    }
                }
                toServer.write(line);
                toServer.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the session ends with either side
        }
    }

    private static void pump(Socket from, OutputStream to) {
        try {
            InputStream in = from.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
