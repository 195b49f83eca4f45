# Produces the reference answers the Java survival tests compare against (to 1e-6), so the tests
# need no R. Run from this folder:  Rscript survival-reference.R
# Needs R's survival package (Debian: r-base-core r-cran-survival; answers made with survival 3.5-3).
# Writes generated.csv, lung.csv and r-answers.txt (one "key<TAB>values" line per quantity).
suppressMessages(library(survival))

# A generated trial-like dataset with ties (times rounded to 0.1), three groups, two strata.
set.seed(20261206)
n <- 300
group <- sample(0:2, n, replace = TRUE)
stratum <- sample(0:1, n, replace = TRUE)
x1 <- round(rnorm(n), 3)
x2 <- rbinom(n, 1, 0.4)
rate <- 0.1 * exp(0.5 * x1 - 0.4 * x2 + c(0, -0.3, 0.2)[group + 1] + 0.3 * stratum)
event_time <- rexp(n, rate)
censor_time <- runif(n, 2, 25)
time <- round(pmin(event_time, censor_time), 1)
event <- as.integer(event_time <= censor_time)
gen <- data.frame(time, event, group, stratum, x1, x2)
write.csv(gen, "generated.csv", row.names = FALSE)

# The classic NCCTG lung-cancer data (complete cases of the variables used), event = died.
lung2 <- na.omit(lung[, c("time", "status", "sex", "age", "ph.ecog")])
lung2$event <- as.integer(lung2$status == 2)
lung2 <- lung2[, c("time", "event", "sex", "age", "ph.ecog")]
write.csv(lung2, "lung.csv", row.names = FALSE)

out <- file("r-answers.txt", "w")
put <- function(key, v) writeLines(paste0(key, "\t", paste(sprintf("%.17g", v), collapse = " ")), out)
ctl <- coxph.control(eps = 1e-12, toler.chol = 1e-15, iter.max = 50)   # converge fully so 1e-6 compares the estimator, not the stopping rule

km <- function(prefix, fit) {
  put(paste0(prefix, ".time"), fit$time)
  put(paste0(prefix, ".n.risk"), fit$n.risk)
  put(paste0(prefix, ".n.event"), fit$n.event)
  put(paste0(prefix, ".n.censor"), fit$n.censor)
  put(paste0(prefix, ".surv"), fit$surv)
  put(paste0(prefix, ".std.err"), fit$std.err)
  put(paste0(prefix, ".lower"), fit$lower)
  put(paste0(prefix, ".upper"), fit$upper)
}
g0 <- gen[gen$group == 0, ]
km("gen.km.g0", survfit(Surv(time, event) ~ 1, data = g0))
ll <- survfit(Surv(time, event) ~ 1, data = g0, conf.type = "log-log")
put("gen.km.g0.loglog.lower", ll$lower)
put("gen.km.g0.loglog.upper", ll$upper)
km("lung.km", survfit(Surv(time, event) ~ 1, data = lung2))

tab <- summary(survfit(Surv(time, event) ~ 1, data = g0), rmean = 15)$table
put("gen.rmean.g0.tau15", c(tab[["rmean"]], tab[["se(rmean)"]]))
tab <- summary(survfit(Surv(time, event) ~ 1, data = lung2), rmean = 500)$table
put("lung.rmean.tau500", c(tab[["rmean"]], tab[["se(rmean)"]]))

lr <- function(prefix, d) {
  put(paste0(prefix, ".obs"), d$obs)
  put(paste0(prefix, ".exp"), d$exp)
  put(paste0(prefix, ".chisq"), d$chisq)
}
lr("gen.logrank", survdiff(Surv(time, event) ~ group, data = gen))
d <- survdiff(Surv(time, event) ~ group + strata(stratum), data = gen)
put("gen.logrank.strat.obs", rowSums(d$obs))
put("gen.logrank.strat.exp", rowSums(d$exp))
put("gen.logrank.strat.chisq", d$chisq)
lr("lung.logrank", survdiff(Surv(time, event) ~ sex, data = lung2))

cx <- function(prefix, f) {
  put(paste0(prefix, ".coef"), coef(f))
  put(paste0(prefix, ".se"), sqrt(diag(vcov(f))))
  put(paste0(prefix, ".loglik"), f$loglik)
  put(paste0(prefix, ".score"), f$score)
  put(paste0(prefix, ".wald"), f$wald.test)
  put(paste0(prefix, ".ci"), as.vector(t(exp(confint(f)))))
}
gen$g1 <- as.integer(gen$group == 1)
gen$g2 <- as.integer(gen$group == 2)
cx("gen.cox", coxph(Surv(time, event) ~ x1 + x2 + g1 + g2, data = gen, ties = "efron", control = ctl))
cx("gen.cox.strat", coxph(Surv(time, event) ~ x1 + x2 + strata(stratum), data = gen, ties = "efron", control = ctl))
cx("lung.cox", coxph(Surv(time, event) ~ age + sex + ph.ecog, data = lung2, ties = "efron", control = ctl))
writeLines(paste0("# survival ", packageVersion("survival"), ", ", R.version.string), out)
close(out)
