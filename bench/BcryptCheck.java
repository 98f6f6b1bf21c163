import at.favre.lib.crypto.bcrypt.BCrypt;
import java.util.Arrays;

/**
 * Prints the median time in ms of one bcrypt check at a cost (args: cost, checks), with the
 * server's library and a 64-byte input like the server's pre-hash. Run by bench/run.sh as
 * {@code java -cp expense-tracker.jar bench/BcryptCheck.java 12 5}.
 */
public class BcryptCheck {
  public static void main(String[] args) {
    int cost = Integer.parseInt(args[0]);
    int checks = Integer.parseInt(args[1]);
    byte[] input = new byte[64];
    Arrays.fill(input, (byte) 'a');
    byte[] hash = BCrypt.withDefaults().hash(cost, input);
    BCrypt.verifyer().verify(input, hash); // warm-up
    double[] ms = new double[checks];
    for (int i = 0; i < checks; i++) {
      long start = System.nanoTime();
      if (!BCrypt.verifyer().verify(input, hash).verified) {
        throw new IllegalStateException("bcrypt check failed");
      }
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(java.util.Locale.ROOT, "%.1f%n", ms[checks / 2]);
  }
}
