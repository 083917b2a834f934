package io.maciedashboard.macie;

public enum JobType {

	ONE_TIME, SCHEDULED

}
