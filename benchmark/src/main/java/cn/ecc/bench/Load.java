package cn.ecc.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Closed-loop load with bounded concurrency: {@code clients} threads, each sending its next request when the
 * last one answered, until a count, a stop condition or a time limit is reached (always bounded in time).
 */
public final class Load {

    /** One request of one client; answers null when it succeeded, else what went wrong. */
    @FunctionalInterface
    public interface Call {
        String call(int client, long sequence) throws Exception;
    }

    /** What a load did; latencies in milliseconds, of every request. */
    public record Result(long requests, long failures, double seconds, double[] latenciesMs, List<String> failureSamples) {

        /** Successful requests per second. */
        public double rate() {
            return (requests - failures) / seconds;
        }
    }

    private Load() {
    }

    /** {@code calls} requests in all, shared by the clients. */
    public static Result count(int clients, long calls, Duration limit, Call call) {
        return run(clients, calls, limit, () -> false, call);
    }

    /** Requests until {@code stop} says so. */
    public static Result until(int clients, BooleanSupplier stop, Duration limit, Call call) {
        return run(clients, Long.MAX_VALUE, limit, stop, call);
    }

    private static Result run(int clients, long calls, Duration limit, BooleanSupplier stop, Call call) {
        AtomicLong next = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        List<double[]> perClient = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                double[] lat = new double[1024];
                int n = 0;
                while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
                    long seq = next.getAndIncrement();
                    if (seq >= calls) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    String failure;
                    try {
                        failure = call.call(client, seq);
                    } catch (Exception e) {
                        failure = e.toString();
                    }
                    if (n == lat.length) {
                        lat = java.util.Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = (System.nanoTime() - t0) / 1e6;
                    if (failure != null) {
                        failures.incrementAndGet();
                        if (samples.size() < 10) {
                            samples.add(failure);
                        }
                    }
                }
                perClient.add(java.util.Arrays.copyOf(lat, n));
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] all = perClient.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        return new Result(all.length, failures.get(), seconds, all, List.copyOf(samples));
    }
}
