package dev.duality.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a server (PostgreSQL, the HTTP API) that, while faults are on, delays what passes and drops
 * connections at random (seeded, so a failing run can be repeated): each chunk of bytes is held back a little, and now
 * and then a connection is cut in the middle of a conversation, as a network or a restarting server would. Taken
 * {@linkplain #down() down}, it cuts every connection and refuses new ones until it is {@linkplain #up() up} again.
 */
public final class FaultyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Random random;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean faults;
    private volatile boolean down;
    private volatile double dropChance;
    private volatile int maxDelayMillis;

    public FaultyProxy(String targetHost, int targetPort, long seed) throws IOException {
        this.server = new ServerSocket(0);
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.random = new Random(seed);
        threads.submit(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** From now on each chunk may wait up to {@code maxDelayMillis} and is the last of its connection by chance. */
    public void faults(double dropChance, int maxDelayMillis) {
        this.dropChance = dropChance;
        this.maxDelayMillis = maxDelayMillis;
        this.faults = true;
    }

    public void noFaults() {
        this.faults = false;
    }

    /** The network is gone: every open connection is cut, and new ones are closed as soon as they are made. */
    public void down() {
        down = true;
        open.forEach(this::close);
    }

    public void up() {
        down = false;
    }

    /** Connections cut so far. */
    public int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    close(client);
                    continue;
                }
                Socket upstream = new Socket(target.getHostString(), target.getPort());
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                threads.submit(() -> pump(client, upstream));
                threads.submit(() -> pump(upstream, client));
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection fail
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (faults) {
                    double roll;
                    int delay;
                    synchronized (random) {
                        roll = random.nextDouble();
                        delay = maxDelayMillis == 0 ? 0 : random.nextInt(maxDelayMillis + 1);
                    }
                    if (roll < dropChance) {
                        dropped.incrementAndGet();
                        break;
                    }
                    if (delay > 0) {
                        Thread.sleep(delay);
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the other side went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(from);
            close(to);
        }
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(this::close);
        threads.shutdownNow();
    }
}
