package dev.migrate.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what a client sends to PostgreSQL and how often it waits for an answer: a TCP proxy on loopback that reads
 * the frontend/backend protocol messages as they pass, and forwards them unchanged.
 *
 * <ul>
 *   <li><em>round trips</em>: the times the client asks for an answer and must wait for it. A client message that
 *   asks for a ReadyForQuery (a simple Query 'Q' or an extended-protocol Sync 'S') counts when it is the first such
 *   message since the server last spoke; messages the client sends meanwhile (a JDBC batch, or the BEGIN the driver
 *   sends in front of a transaction's first statement) travel in the same round trip. The connection start-up
 *   counts as one more;</li>
 *   <li><em>statements</em>: simple Query ('Q') plus Execute ('E') messages, so BEGIN and COMMIT count as one
 *   each;</li>
 *   <li><em>ready_for_query</em>: the server's ReadyForQuery ('Z') messages, for comparison (a pipelined BEGIN
 *   gets its own).</li>
 * </ul>
 * Clients must not use TLS ({@code sslmode=disable}); an SSL or GSS encryption request is answered "no" here.
 * After each connection closes, the totals are written to {@code COUNTS_FILE} as {@code key=value} lines. The proxy
 * runs until it is killed.
 *
 * <p>Usage: {@code RoundTripProxy LISTEN_PORT TARGET_PORT COUNTS_FILE [TRACE_FILE]} (both on 127.0.0.1); with a
 * trace file, every message's direction, type and first bytes are written there too, to see what a count is made of.
 */
public final class RoundTripProxy {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSSENC_REQUEST = 80877104;
    private static final int CANCEL_REQUEST = 80877102;

    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong readyForQuery = new AtomicLong();
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong executes = new AtomicLong();
    private final Path countsFile;
    private final PrintStream trace;

    private RoundTripProxy(Path countsFile, PrintStream trace) {
        this.countsFile = countsFile;
        this.trace = trace;
    }

    public static void main(String[] args) throws IOException {
        int listenPort = Integer.parseInt(args[0]);
        int targetPort = Integer.parseInt(args[1]);
        PrintStream trace = args.length > 3
                ? new PrintStream(Files.newOutputStream(Path.of(args[3])), true, StandardCharsets.UTF_8) : null;
        RoundTripProxy proxy = new RoundTripProxy(Path.of(args[2]), trace);
        proxy.writeCounts();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(listenPort, 50, loopback)) {
            System.out.println("proxy listening on " + listenPort);
            while (true) {
                Socket client = server.accept();
                Socket upstream = new Socket(loopback, targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                proxy.connections.incrementAndGet();
                proxy.roundTrips.incrementAndGet();
                AtomicBoolean waiting = new AtomicBoolean(true);
                start(() -> proxy.pumpClient(client, upstream, waiting));
                start(() -> proxy.pumpServer(upstream, client, waiting));
            }
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump);
        thread.setDaemon(true);
        thread.start();
    }

    /** Client to server; {@code waiting} is true while the client has asked for an answer the server has not begun. */
    private void pumpClient(Socket client, Socket upstream, AtomicBoolean waiting) {
        try (client; upstream) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream(), 65536));
            OutputStream toServer = upstream.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            // Untyped start-up messages: encryption requests (answered here), cancel, or the real start-up.
            while (true) {
                int length = in.readInt();
                int code = in.readInt();
                byte[] rest = in.readNBytes(length - 8);
                if (code == SSL_REQUEST || code == GSSENC_REQUEST) {
                    toClient.write('N');
                    toClient.flush();
                    continue;
                }
                writeInt(toServer, length);
                writeInt(toServer, code);
                toServer.write(rest);
                toServer.flush();
                if (code == CANCEL_REQUEST) {
                    return;
                }
                break;
            }
            pumpTyped(in, toServer, true, waiting);
        } catch (IOException e) {
            // The connection ended.
        } finally {
            writeCounts();
        }
    }

    private void pumpServer(Socket upstream, Socket client, AtomicBoolean waiting) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(upstream.getInputStream(), 65536));
            pumpTyped(in, client.getOutputStream(), false, waiting);
        } catch (IOException e) {
            // The connection ended.
        }
    }

    /** Forwards typed messages, counting them; flushes whenever no more input is waiting, to keep bursts whole. */
    private void pumpTyped(DataInputStream in, OutputStream out, boolean fromClient, AtomicBoolean waiting)
            throws IOException {
        byte[] buffer = new byte[65536];
        BufferedOutputStream sink = new BufferedOutputStream(out, 65536);
        while (true) {
            int type;
            try {
                type = in.readUnsignedByte();
            } catch (EOFException e) {
                return;
            }
            int length = in.readInt();
            count(type, fromClient, waiting);
            sink.write(type);
            writeInt(sink, length);
            int remaining = length - 4;
            StringBuilder shown = trace == null ? null : new StringBuilder(fromClient ? "> " : "< ").append((char) type);
            while (remaining > 0) {
                int n = in.read(buffer, 0, Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new EOFException();
                }
                if (shown != null && shown.length() < 64) {
                    shown.append(' ').append(new String(buffer, 0, Math.min(n, 60), StandardCharsets.UTF_8)
                            .replaceAll("\\p{Cntrl}", "."));
                }
                sink.write(buffer, 0, n);
                remaining -= n;
            }
            if (shown != null) {
                trace.println(shown);
            }
            if (in.available() == 0) {
                sink.flush();
            }
        }
    }

    private void count(int type, boolean fromClient, AtomicBoolean waiting) {
        if (!fromClient) {
            waiting.set(false);
            if (type == 'Z') {
                readyForQuery.incrementAndGet();
            }
            return;
        }
        if (type == 'Q') {
            queries.incrementAndGet();
        } else if (type == 'E') {
            executes.incrementAndGet();
        }
        if ((type == 'Q' || type == 'S') && waiting.compareAndSet(false, true)) {
            roundTrips.incrementAndGet();
        }
    }

    private synchronized void writeCounts() {
        String text = "connections=" + connections.get() + "\n"
                + "roundtrips=" + roundTrips.get() + "\n"
                + "statements=" + (queries.get() + executes.get()) + "\n"
                + "ready_for_query=" + readyForQuery.get() + "\n"
                + "simple_queries=" + queries.get() + "\n"
                + "executes=" + executes.get() + "\n";
        try {
            Files.writeString(countsFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot write " + countsFile + ": " + e.getMessage());
        }
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
