package org.senesim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Spark sessions as Senesim opens them: no web UI, quiet logs, the master given or spark-submit's. */
public final class Sessions {

    private Sessions() {
    }

    /**
     * @param master local[N], spark://HOST:PORT, or null for the one spark-submit set (local[*] when
     *               started without spark-submit)
     */
    public static SparkSession open(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession s = SparkSession.builder().config(conf).getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
