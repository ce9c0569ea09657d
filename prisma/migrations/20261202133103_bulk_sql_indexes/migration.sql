-- CreateIndex
CREATE INDEX "Application_submittedAt_id_idx" ON "Application"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Opportunity_applicationDeadline_idx" ON "Opportunity"("applicationDeadline");

-- CreateIndex
CREATE INDEX "Opportunity_startsOn_idx" ON "Opportunity"("startsOn");

-- CreateIndex
CREATE INDEX "Placement_status_endsOn_idx" ON "Placement"("status", "endsOn");
